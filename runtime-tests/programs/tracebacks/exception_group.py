# An uncaught ExceptionGroup prints in the box layout, nested groups indented.


def task(n):
    if n == 1:
        return ValueError("task 1 failed")
    if n == 2:
        return TypeError("task 2 failed")
    return ExceptionGroup("subtasks", [KeyError("k"), OSError("io")])


def run_all():
    errors = [task(1), task(2), task(3)]
    raise ExceptionGroup("run_all failed", errors)


run_all()
