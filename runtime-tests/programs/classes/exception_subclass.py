class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where


class Retry(AppError):
    code = 503


try:
    raise NotFound("user:1")
except AppError as e:
    print(type(e).__name__, e, e.key, e.where, e.args)

try:
    raise Retry("later", 3)
except Retry as e:
    print(e, e.args, e.code, repr(e))

for exc in [NotFound("k", "cache"), Retry(), AppError("plain")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound handler:", e)
    except AppError as e:
        print("AppError handler:", repr(e))

print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
print([c.__name__ for c in NotFound.__mro__])
e = NotFound("x")
e.extra = [1, 2]
print(e.extra, sorted(e.__dict__))


class WithStr(ValueError):
    def __str__(self):
        return "custom str"


try:
    raise WithStr("ignored")
except ValueError as err:
    print(err, repr(err), err.args)
