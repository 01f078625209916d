# Sequence operators on str, list, tuple: +, *, in, comparison, indexing and slicing.
s = "hello"
print(s + " world", s * 2, 2 * s, s * 0, s * -1, repr(s * 0))
print(s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
print([1, 2] + [3], [0] * 3, (1,) * 3, (1, 2) + (3,))
print([[]] * 2, [[] for _ in range(2)])
row = [[0] * 2] * 2
row[0][0] = 1
print(row)
print("b" in s, "ell" in s, [1] in [[1], 2], (1, 2) in [(1, 2)])
print(s < "help", [1, 2, 3] < [1, 2, 4], (1, 2) == (1, 2), [1] == [1.0])
print(len(s), len([1, [2, 3]]), len(()))
for expr in ["'a' + 1", "[1] + (2,)", "'a' * 'b'", "[1] * 1.5", "s[10]", "(1,)[5]"]:
    try:
        eval(expr)
    except (TypeError, IndexError) as exc:
        print(expr, "->", type(exc).__name__ + ":", exc)
t = (1, 2, 3)
print(t[1:], t[:-1], t[::-1], t.index(2), t.count(1))
print(list("abc") + list(range(2)))
print("-".join(["a", "b"]) + "!" * 3)
word = "level"
print(word == word[::-1], "abc"[1:2] * 3)
print(s[1:4:2], s[-1:-4:-1], s[4:1], s[:])
