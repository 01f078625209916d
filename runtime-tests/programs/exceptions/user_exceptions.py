# User-defined exception classes: custom __init__, __str__, extra attributes, super().


class AppError(Exception):
    """Base of the application's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key


class Coded(AppError):
    def __init__(self, code, message):
        self.code = code
        self.message = message

    def __str__(self):
        return "E%d: %s" % (self.code, self.message)


class NoInit(ValueError):
    pass


for exc in [NotFound("user"), Coded(42, "bad"), NoInit("plain"), AppError()]:
    try:
        raise exc
    except AppError as e:
        print("AppError", type(e).__name__, str(e), e.args)
    except ValueError as e:
        print("ValueError", type(e).__name__, str(e), repr(e))

c = Coded(1, "m")
print(repr(c), c.args, c.code)
print(NotFound.__mro__[1:3])
print(AppError.__doc__)
print(isinstance(NotFound("x"), Exception), NotFound.__name__, NotFound.__qualname__)


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


print(repr(WithNew(1, 2)))
