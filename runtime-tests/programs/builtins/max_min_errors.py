# max and min error messages.
def show(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

show(lambda: max())
show(lambda: min())
show(lambda: max([]))
show(lambda: min(x for x in []))
show(lambda: max(1))
show(lambda: max(1, 2, default=3))
show(lambda: min([1], foo=1))
show(lambda: max([1], key=len, default=2, extra=3))
show(lambda: max([1, "a"]))
show(lambda: min(1, None))
show(lambda: max([1, 2], key=5))
