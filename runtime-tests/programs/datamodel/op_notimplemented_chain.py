log = []
class A:
    def __add__(self, o):
        log.append("A.add")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.radd")
        return NotImplemented
class B:
    def __add__(self, o):
        log.append("B.add")
        return NotImplemented
    def __radd__(self, o):
        log.append("B.radd")
        return "B.radd won"
class C:
    def __radd__(self, o):
        log.append("C.radd")
        return NotImplemented

print(A() + B(), log)
log.clear()
try:
    B() + A()
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
try:
    A() + C()
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
try:
    1 + C()
except TypeError as e:
    print("TypeError:", e, log)

class M:
    def __mul__(self, o):
        return NotImplemented
try:
    M() * 2
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * M()
except TypeError as e:
    print("TypeError:", e)
try:
    M() * [1]
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * M()
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
