calls = []


class Root:
    def __init__(self, **kw):
        calls.append("Root")
        super().__init__()


class Left(Root):
    def __init__(self, left=0, **kw):
        calls.append(f"Left({left})")
        super().__init__(**kw)


class Right(Root):
    def __init__(self, right=0, **kw):
        calls.append(f"Right({right})")
        super().__init__(**kw)


class Both(Left, Right):
    def __init__(self, **kw):
        calls.append("Both")
        super().__init__(**kw)


Both(left=1, right=2)
print(calls)
print([c.__name__ for c in Both.__mro__])


class S1:
    def hello(self):
        return ["S1"]


class S2(S1):
    def hello(self):
        return ["S2"] + super().hello()


class S3(S1):
    def hello(self):
        return ["S3"] + super().hello()


class S4(S2, S3):
    def hello(self):
        return ["S4"] + super().hello()


print(S4().hello())
print(super(S2, S4()).hello())
