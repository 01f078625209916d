# Three chained exceptions, mixing __cause__ and __context__, printed uncaught.
def level1():
    raise KeyError("level1")

def level2():
    try:
        level1()
    except KeyError as exc:
        raise ValueError("level2") from exc

def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level3")

level3()
