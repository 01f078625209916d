# Uncaught exception raised from another, with a finally that prints first.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
    finally:
        print("cleanup")
f()
