W = "9223372036854775807"
for v in ["a", 5, 2.5, 1j, True, 2 ** 100, -7]:
    try:
        print(len(format(v, ">" + W)))
    except MemoryError as e:
        print(type(v).__name__, "MemoryError", repr(str(e)))
for v, code in [(5, "s"), ("a", "d"), (1.5, "x"), (1j, "d"), (2 ** 70, "f") ]:
    try:
        print(len(format(v, ">" + W + code)))
    except (ValueError, MemoryError) as e:
        print(type(e).__name__, e)
try:
    print("{:>{}}".format("a", int(W)))
except MemoryError:
    print("MemoryError from nested width")
try:
    f"{3.5:{W}}"
except MemoryError:
    print("MemoryError from f-string")
for spec in ["99999999999999999999", ">99999999999999999999d", ".99999999999999999999f"]:
    try:
        format(1.5, spec)
    except (ValueError, MemoryError) as e:
        print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return "F:" + spec[:5]
print(format(F(), W), f"{F():{W}}")
print(len(format("ab", ">100")), len(f"{7:^51}"), format(3.25, "08.2f"), format(-5, "+06d"))
