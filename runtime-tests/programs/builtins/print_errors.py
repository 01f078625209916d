# print: errors for bad sep/end/keywords, and writing to objects with a write method.
class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")

w = Writer()
print("a", 1, file=w)
print("b", file=w, sep="-", end="!")
print("c", file=w, flush=True)
print(w.parts)

for kwargs in [{"sep": 1}, {"end": 2.5}, {"sep": b"x"}, {"foo": 1}]:
    try:
        print("x", **kwargs)
    except TypeError as e:
        print("TypeError:", e)

try:
    print("x", file=1)
except AttributeError as e:
    print("AttributeError:", e)

print("to stdout", file=None)
print("after")
