def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = 66
print(ba)
ba[1:3] = b"xyz"
print(ba)
ba[2:5] = b""
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[:0] = b"<<"
print(ba)
ba[len(ba):] = [62, 62]
print(ba)
del ba[0]
del ba[-1]
del ba[::3]
print(ba)
del ba[1:3]
print(ba)
check("set 256", lambda: ba.__setitem__(0, 256))
check("set str", lambda: ba.__setitem__(0, "a"))
check("set index range", lambda: ba.__setitem__(100, 1))
check("extended size", lambda: ba.__setitem__(slice(None, None, 2), b"x"))
check("slice str", lambda: ba.__setitem__(slice(0, 1), "a"))
check("slice int", lambda: ba.__setitem__(slice(0, 1), 5))
check("bad index", lambda: ba.__setitem__("a", 1))
ba[0:2] = [49, 50]
print(ba)
b2 = bytearray(b"abc")
b2[:] = b2
print(b2)
