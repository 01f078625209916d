# A failing assert at depth two ends the program.
def validate(order):
    assert order["qty"] > 0, f"bad quantity {order['qty']}"
    return True

def process(orders):
    for o in orders:
        print("processing", o["id"])
        validate(o)

process([{"id": 1, "qty": 2}, {"id": 2, "qty": 0}, {"id": 3, "qty": 1}])
