# Uncaught error raised by a decorator: the traceback points at the @ line.
def deco(f):
    raise RuntimeError("deco failed")
@deco
def g():
    pass
