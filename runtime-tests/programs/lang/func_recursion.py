# Recursion and RecursionError.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100), odd(7))
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as exc:
    print("RecursionError:", exc)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)
chain = None
for i in range(100):
    chain = Node(i, chain)
print(chain.total())
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
