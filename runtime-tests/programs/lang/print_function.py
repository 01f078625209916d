# print(): sep, end, file, flush, many argument kinds.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" then newline")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("multi\nline")
print("", end="")
print(sep="ignored")
print("tab\tseparated", "é", "ünïcode", "日本")
print("x", end="\n\n")
print("sep none", "end none", sep=None, end=None)
sys.stdout.write("written directly\n")
sys.stderr.write("stderr direct\n")
n = sys.stdout.write("count\n")
print(n)
class P:
    def __str__(self):
        return "P-str"
print(P(), [P()][0])
try:
    print("x", sep=1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    print("x", end=[])
except TypeError as exc:
    print("TypeError:", exc)
print("last line")
