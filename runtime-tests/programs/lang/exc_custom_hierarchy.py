# User-defined exception hierarchies and handler selection.
class AppError(Exception):
    """Base for application errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class PermissionDenied(AppError):
    pass
class Fatal(BaseException):
    pass
def fail(kind):
    if kind == "nf":
        raise NotFound("user")
    if kind == "pd":
        raise PermissionDenied("admin only", 403)
    if kind == "app":
        raise AppError
    if kind == "fatal":
        raise Fatal("stop")
    return "ok"
for kind in ["nf", "pd", "app", "ok", "fatal"]:
    try:
        print(fail(kind))
    except NotFound as exc:
        print("NotFound:", exc, exc.what)
    except AppError as exc:
        print(type(exc).__name__ + ":", exc, exc.args)
    except BaseException as exc:
        print("BaseException:", repr(exc))
print(NotFound("x").__doc__, AppError.__doc__)
print([c.__name__ for c in NotFound.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class StrOverride(ValueError):
    def __str__(self):
        return "custom str"
try:
    raise StrOverride("ignored")
except ValueError as exc:
    print(exc, exc.args)
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as exc:
    print("caught as AttributeError", repr(exc))
try:
    raise Multi("both")
except KeyError as exc:
    print("caught as KeyError", exc)
