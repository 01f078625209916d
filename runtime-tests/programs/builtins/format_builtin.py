# format(value, spec) and __format__.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "x"), format(255, "#b"))
print(format(3.14159, ".2f"), format(1e10, "e"), format(0.5, "%"), format(2.5, ""))
print(format("abc", ">6"), format("abc", "^7"), format("abc", ""), format(True), format(None))

class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")

print(format(Money(3)), format(Money(2.5), ".1f"), f"{Money(7)}")

class NoFormat:
    def __str__(self):
        return "nf"

print(format(NoFormat()), format(NoFormat(), ""))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)

class BadFormat:
    def __format__(self, spec):
        return 1

try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    format()
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
