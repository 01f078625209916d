class MyInt(int):
    def __eq__(self, o):
        return "MyInt.eq"
    def __lt__(self, o):
        return "MyInt.lt"
    __hash__ = int.__hash__
print(1 == MyInt(1), MyInt(1) == 1, 1 < MyInt(2), 2 > MyInt(1), 1 != MyInt(1))
class MyStr(str):
    def __gt__(self, o):
        return "MyStr.gt"
print("a" < MyStr("b"), MyStr("b") > "a", "a" < "b")
class MyList(list):
    def __eq__(self, o):
        return "MyList.eq"
print([1] == MyList([1]), MyList([1]) == [1], [MyList()] == [[]])
class MyTuple(tuple):
    def __le__(self, o):
        return "MyTuple.le"
print((1,) >= MyTuple((1,)), MyTuple() <= ())
class MyFloat(float):
    def __ne__(self, o):
        return "MyFloat.ne"
print(1.0 != MyFloat(1.0), MyFloat(1) != 2, 1.0 == MyFloat(1.0))
class Plain(int):
    pass
print(Plain(3) == 3, Plain(3) < 4, sorted([Plain(3), 1, Plain(2)]), max(Plain(1), 0.5))
print(MyInt(5) in [5], 5 in [MyInt(7)], [5].index(MyInt(9)) if False else "", {MyInt(1): "x"}.get(1))
class NoCmp:
    pass
try:
    [1] < [NoCmp()]
except TypeError as e:
    print("TypeError:", e)
print([1, NoCmp()] == [1, 2], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
class Always:
    def __eq__(self, o):
        return True
    __hash__ = None
print([Always()] == [1], (Always(), 2) == (5, 2), [1, 2].count(Always()), Always() in {1: 2}.values())
