def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

b = b"hello"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist(), m.readonly, m.nbytes)
print(m[::2].tobytes(), m[::-1].tobytes(), bytes(m[1:4]), m == b, m == b"x", m.obj is b)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides)
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, mv[2:4].tolist())
check("readonly set", lambda: m.__setitem__(0, 1))
check("resize while exported", lambda: ba.append(1))
mv.release()
ba.append(33)
print(ba)
check("released", lambda: len(mv))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
check("after with", lambda: cm[0])
check("not bytes-like", lambda: memoryview("str"))
check("index range", lambda: memoryview(b"a")[5])
print(list(memoryview(b"xy")), memoryview(b"ab").hex())
