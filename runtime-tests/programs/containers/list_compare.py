# list comparisons (lexicographic) and equality
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == [2, 1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1, [2]] < [1, [3]])
print([1.0, 2] == [1, 2.0])
n = float("nan")
print([n] == [n], [n, 1] < [n, 2])
print([1, 2] == (1, 2), [] == (), [1] != "1")
print(sorted([[2, 1], [1, 5], [1, 2, 3], [1, 2]]))
class E:
    def __eq__(self, o):
        print("eq called")
        return True
print([E()] == [E()])
print([1, 2, 3] == [1, 2])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
