# __context__ is set automatically; __cause__ by raise ... from; from None suppresses.

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from k
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

e = RuntimeError("r")
e.__cause__ = TypeError("t")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = None
print(e.__context__)
for bad in [5, "x"]:
    try:
        e.__cause__ = bad
    except TypeError as t:
        print("TypeError:", t)
    try:
        e.__context__ = bad
    except TypeError as t:
        print("TypeError:", t)
try:
    raise ValueError from 5
except TypeError as t:
    print("TypeError:", t)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e.__cause__))
