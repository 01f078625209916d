# An uncaught ExceptionGroup prints its tree.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n

def run_all():
    errors = []
    for n in range(4):
        try:
            task(n)
        except ValueError as exc:
            errors.append(exc)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)

run_all()
