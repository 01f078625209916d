log = []
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        log.append(f"A{self.n}.lt")
        return NotImplemented
    def __gt__(self, o):
        log.append(f"A{self.n}.gt")
        return NotImplemented
    def __le__(self, o):
        log.append(f"A{self.n}.le")
        return NotImplemented
    def __ge__(self, o):
        log.append(f"A{self.n}.ge")
        return NotImplemented
class B:
    def __gt__(self, o):
        log.append("B.gt")
        return "B>"
    def __lt__(self, o):
        log.append("B.lt")
        return "B<"
    def __ge__(self, o):
        log.append("B.ge")
        return "B>="
    def __le__(self, o):
        log.append("B.le")
        return "B<="
print(A(1) < B(), log); log.clear()
print(A(1) > B(), log); log.clear()
print(A(1) <= B(), log); log.clear()
print(A(1) >= B(), log); log.clear()
for op in ["<", ">", "<=", ">="]:
    try:
        eval("A(1) " + op + " A(2)")
    except TypeError as e:
        print("TypeError:", e, log)
    log.clear()
print(3 < B(), 3 >= B())
print(B() < 3)
class E:
    pass
for op in ["<", ">", "<=", ">="]:
    try:
        eval("E() " + op + " 1")
    except TypeError as e:
        print("TypeError:", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None > None
except TypeError as e:
    print("TypeError:", e)
try:
    {} <= {}
except TypeError as e:
    print("TypeError:", e)
