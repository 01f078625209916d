# Uncaught error raised by a class decorator: the traceback points at the @ line.
def deco(cls):
    return cls.nope
@deco
class C:
    pass
