class C:
    def __eq__(self, o):
        return True
print(C.__hash__)
try:
    hash(C())
except TypeError as e:
    print("TypeError:", e)
try:
    {C()}
except TypeError as e:
    print("TypeError:", e)
try:
    {C(): 1}
except TypeError as e:
    print("TypeError:", e)
class D(C):
    pass
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
class H(C):
    def __hash__(self):
        return 42
print(hash(H()))
class N:
    __hash__ = None
try:
    hash(N())
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
print(hash(Both()), len({Both(), Both()}))
class Child(Both):
    def __eq__(self, o):
        return False
print(Child.__hash__)
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), Plain.__hash__ is object.__hash__)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, []))
except TypeError as e:
    print("TypeError:", e)
class InheritHash(H):
    def __eq__(self, o):
        return True
try:
    print(hash(InheritHash()))
except TypeError as e:
    print("TypeError:", e)
class EqAfter:
    pass
EqAfter.__eq__ = lambda s, o: True
print(hash(EqAfter()) is not None)
import sys
print(isinstance(C(), object), type(sys.hash_info.width))
