def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print("{:{}}|".format("a", 5), "{:{}{}}|".format("b", ">", 6), "{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{a:>{w}}|{b:<{w}}|".format(a=1, b=2, w=4))
print("{:{}}{:{}}".format("x", 3, "y", 2) + "|")
check("too deep", lambda: "{:{:{}}}".format(1, 2, 3))
w = 6
print(f"{'c':>{w}}|{3.14159:.{w - 3}f}|{w:{w}d}|")
