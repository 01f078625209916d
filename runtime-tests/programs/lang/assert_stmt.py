# assert statements.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as exc:
    print("AssertionError", repr(exc), exc.args)
try:
    assert False, "with message"
except AssertionError as exc:
    print("AssertionError:", exc)
def calls():
    print("message evaluated")
    return "lazy"
assert True, calls()
try:
    assert [], calls()
except AssertionError as exc:
    print(exc)
try:
    assert 0, ("tuple", 1)
except AssertionError as exc:
    print(exc.args)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as exc:
    print("AssertionError:", exc)
print(__debug__)
