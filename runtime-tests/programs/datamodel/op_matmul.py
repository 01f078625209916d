class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return f"Mat({self.rows})"
    def __matmul__(self, o):
        if not isinstance(o, Mat):
            return NotImplemented
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Mat([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __rmatmul__(self, o):
        if isinstance(o, (int, float)):
            return Mat([[o * x for x in r] for r in self.rows])
        return NotImplemented
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self

a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(2 @ a)
c = a
c @= b
print(c, c is a)
try:
    a @ 2
except TypeError as e:
    print("TypeError:", e)
try:
    "s" @ a
except TypeError as e:
    print("TypeError:", e)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
import operator
print(operator.matmul(a, b))
x = 3
try:
    x @= 4
except TypeError as e:
    print("TypeError:", e)
