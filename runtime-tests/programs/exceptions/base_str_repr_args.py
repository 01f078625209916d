# str(), repr() and args of BaseException and its plain subclasses.

for cls in [BaseException, Exception, ValueError, TypeError, RuntimeError, LookupError]:
    for args in [(), ("msg",), (1, 2), ("",), (None,), ([1, 2],)]:
        e = cls(*args)
        print(cls.__name__, repr(e), "|", str(e), "|", e.args)

e = ValueError("a", "b")
e.args = ["x"]
print(repr(e), e.args, str(e))
e.args = "ab"
print(repr(e), e.args)
print(repr(ValueError(ValueError("inner"))))
print(str(ValueError(("t",))))
print(repr(ValueError(("t",))))
