# User exception classes: __main__ is not shown, nested classes use their qualname, and
# __str__ decides the message.


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return "[%d] %s" % (self.code, self.detail)


class Outer:
    class Inner(AppError):
        pass


def run():
    raise Outer.Inner(404, "not found")


run()
