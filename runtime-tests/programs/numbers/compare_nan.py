# NaN compares unequal and unordered with everything.
nan = float("nan")
for other in (nan, 0, 1.0, float("inf"), 10 ** 400, True):
    print(nan == other, nan != other, nan < other, nan <= other, nan > other, nan >= other, other == nan, other < nan)
print(sorted([3, 1, 2]) == [1, 2, 3], max(nan, 1), max(1, nan), min(nan, 1))
print(complex(nan, 0) == complex(nan, 0), complex(1, nan) != complex(1, nan))
l = [nan]
print(l == l, l.count(nan), l.index(nan), nan in l)
print({nan: 1}.get(nan), len({nan, nan}), len({float("nan"), float("nan")}) >= 1)
