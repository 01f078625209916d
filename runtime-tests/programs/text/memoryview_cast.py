# memoryview.cast to the native single-character formats, typed items, errors.
m = memoryview(b'\x01\x02\x03\x04\xff\xfe\xfd\xfc')
for f in ['B', 'b', 'c', 'H', 'h', 'I', 'i', 'L', 'l', 'Q', 'q', 'd', '?', '@B', 'e', 'x', 'BB']:
    try:
        c = m.cast(f)
        print(f, len(c), c.format, c.itemsize, c.nbytes, c.tolist(), c[0], c[-1], c.shape, c.strides)
        if len(c) > 1:
            print("  ", c[::2].tolist(), c[1:].tolist(), list(c))
    except Exception as e:
        print(f, type(e).__name__, e)
for bad in [lambda: m.cast('I').cast('H'), lambda: memoryview(b'abc').cast('I'), lambda: m[::2].cast('B'),
            lambda: m.cast(1), lambda: hash(m.cast('H'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(8)
v = memoryview(ba).cast('i')
v[0] = -5
v[1] = 2**31 - 1
print(ba, v.tolist())
for val in [2**40, 'a', 1.5]:
    try:
        v[0] = val
    except Exception as e:
        print(type(e).__name__, e)
w = memoryview(bytearray(2)).cast('c')
w[0] = b'z'
print(w.tolist(), w.obj)
for val in [5, b'ab']:
    try:
        w[1] = val
    except Exception as e:
        print(type(e).__name__, e)
print(m.cast('I') == m.cast('I'), m.cast('B') == m, m.cast('H') == m, m.cast('b') == m)
print(memoryview(b'ab').cast('B', (2,)).tolist(), hash(m.cast('c')) == hash(m))
h = memoryview(bytearray(4)).cast('H')
h[1] = 0xBEEF
try:
    h[0:1] = b'\x01\x02'
except ValueError as e:
    print("ValueError", e)
h[0:1] = memoryview(b'\x01\x02').cast('H')
print(h.tolist(), h.tobytes(), h.obj)
print(m.cast('f').tolist())
