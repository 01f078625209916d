# inf and nan: arithmetic, comparisons, identity in containers.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf == inf, inf > 10 ** 400, -inf < -(10 ** 400), inf == 10 ** 400)
print(float("Infinity"), float("-iNF"), float("nan"), float("+NaN"))
x = nan
print(x in [x], [x] == [x])
print(max(1.0, inf), min(-inf, 0))
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, 0.5 ** inf, 2.0 ** -inf, (-inf) ** 3, (-inf) ** 2)
for f in (lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: round(nan), lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio()):
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(round(inf, 2), round(nan, 1), inf.is_integer(), nan.is_integer())
print(hash(inf), hash(-inf))
