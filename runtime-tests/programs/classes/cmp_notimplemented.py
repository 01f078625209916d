log = []


class A:
    def __eq__(self, o):
        log.append("A.eq")
        return NotImplemented

    def __lt__(self, o):
        log.append("A.lt")
        return NotImplemented


class B:
    def __eq__(self, o):
        log.append("B.eq")
        return NotImplemented

    def __gt__(self, o):
        log.append("B.gt")
        return "B.gt result"


a, b = A(), B()
print(a == b, log)
log.clear()
print(a == a, log)
log.clear()
print(a != b, log)
log.clear()
print(a < b, log)
log.clear()


class C(A):
    def __eq__(self, o):
        log.append("C.eq")
        return "C first"


print(a == C(), log)
log.clear()
try:
    a < A()
except TypeError as e:
    print("TypeError:", e, log)


class Ne:
    def __ne__(self, o):
        return "custom ne"


print(Ne() != 1, Ne() == Ne())
