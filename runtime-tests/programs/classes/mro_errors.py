class X: pass
class Y(X): pass

try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class W(X, X): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class V(bool): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class U(3): pass
except TypeError as e:
    print("TypeError:", type(e).__name__)

class A: pass
class B: pass
class AB(A, B): pass
class BA(B, A): pass
try:
    class Bad(AB, BA): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(Exception, type): pass
except TypeError as e:
    print("TypeError:", e)
print("done")
