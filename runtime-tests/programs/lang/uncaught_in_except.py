# An exception raised while handling another (implicit chaining, printed twice).
def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")

def use():
    try:
        [].pop()
    except IndexError:
        cleanup("list")

use()
