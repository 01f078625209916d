def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30), "{0}{x}".format(1, x=2))
print("{{}} {{{}}}".format(5), "{{".format(), "}}".format(), "plain".format(1, 2))
print("{}".format("é"), "{!r}".format("é"), "{!a}".format("é"), "{!s}".format(1.5))
print("{0}{0}{0}".format("ab"), "".format())
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"))
print("{0:5d}|{0:<5d}|{0:05d}|{0:+d}|{0:x}|{0:#b}|{0:,}".format(12345))
print("{:.3f}|{:10.2e}|{:%}|{:g}".format(3.14159, 12345.678, 0.25, 1e-5))
