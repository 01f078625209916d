# Which handler matches: subclasses, tuples, order, bare except, non-exception classes.

hierarchy = [ZeroDivisionError, ArithmeticError, Exception, BaseException]
for raised in [ZeroDivisionError, OverflowError, KeyError, KeyboardInterrupt]:
    for handler in hierarchy:
        try:
            raise raised()
        except handler:
            print(raised.__name__, "caught by", handler.__name__)
            break
        except BaseException:
            pass

try:
    raise IndexError("i")
except (KeyError, TypeError, IndexError) as e:
    print("tuple", repr(e))

try:
    raise ValueError("v")
except:
    print("bare except")

try:
    try:
        raise ValueError("v")
    except int:
        pass
except TypeError as t:
    print("TypeError:", t)

print(issubclass(ValueError, (KeyError, Exception)))
print(isinstance(ValueError(), BaseException))
