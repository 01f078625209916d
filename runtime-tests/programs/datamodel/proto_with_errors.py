class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
class Neither:
    pass
for obj in [NoExit(), NoEnter(), Neither(), 5, None]:
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class EnterRaises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("no body")
except RuntimeError as e:
    print("RuntimeError:", e)
class InstEnter:
    pass
ie = InstEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
try:
    with ie:
        pass
except TypeError as e:
    print("TypeError:", e)
class ExitWrongArgs:
    def __enter__(self):
        return self
    def __exit__(self):
        return False
try:
    with ExitWrongArgs():
        pass
except TypeError as e:
    print("TypeError:", e)
class BoolRaises:
    def __bool__(self):
        raise ValueError("bool in exit")
class ExitRetBad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return BoolRaises()
try:
    with ExitRetBad():
        raise KeyError("k")
except ValueError as e:
    print("ValueError:", e, repr(e.__context__))
class Cm:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with Cm() as (a):
    print(type(a).__name__)
try:
    with Cm() as (p, q):
        pass
except TypeError as e:
    print("TypeError:", e)
with NoExit():
    pass
