# An exception in finally while another is propagating: printed chained, exit 1.
def release(name):
    raise OSError(f"could not release {name}")

def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        release("lock")

work()
