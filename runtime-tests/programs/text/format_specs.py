specs = ["", "10", "<10", ">10", "^10", "*^10", "010", "+", "-", " ", "+010", "=+10", ",", "_", "_x", "#x",
         "#o", "#b", "X", "d", "n", "c", "e", ".2e", "E", "f", ".0f", ".3f", "F", "g", ".3g", "G", "%", ".1%",
         "10.3", "#.0f", "z.1f", ".2", ",.2f", "_.3f", "08.3f", "<08d"]
for sp in specs:
    row = []
    for v in [1234, -56, 0, 3.14159, -0.0, 1e16, 255, "txt"]:
        try:
            row.append(format(v, sp))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("!" + type(e).__name__)
    print(repr(sp), row)
