# pass, Ellipsis, empty bodies and docstring-only functions.
def nothing():
    pass
def stub():
    ...
def doc_only():
    "Only a docstring."
class Empty:
    pass
class Stub: ...
print(nothing(), stub(), doc_only(), doc_only.__doc__)
print(Empty.__name__, Stub.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = [1, ..., 3]
print(x, x[1] is Ellipsis)
print(bool(...), repr(...), str(Ellipsis))
def returns_ellipsis():
    return ...
print(returns_ellipsis())
