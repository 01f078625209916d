# NaN and identity in containers: membership and equality use `is` before `==`, and each
# float("nan") call makes a new object in CPython (pyjit's immediate floats cannot tell two
# NaNs with the same bits apart: a known difference).
nan = float("nan")
other = float("nan")
print(nan in [nan], other in [nan], [nan] == [nan], [nan] == [other])
print((nan,) == (other,), {1: nan} == {1: other}, nan in {other})
print([nan].count(other), [nan, other].count(nan))
