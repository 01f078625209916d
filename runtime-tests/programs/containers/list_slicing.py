# list slicing: get, set, delete with all kinds of bounds and steps
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[8:2:-2])
print(l[100:], l[-100:2], l[5:2], l[::-3], l[-1:-11:-4], l[3:3])
print(l[None:None:None], l[2:None], l[None:2])
a = l[:]
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:0] = (7, 8)
print(a)
a[5:2] = "zz"
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[::-1]
print(b)
c = list(range(8))
del c[-2::-2]
print(c)
c = list(range(8))
c[1:7:2] = c[0:3]
print(c)
d = [1, 2, 3]
d[:] = d
print(d)
d[1:] = d
print(d)
e = list(range(5))
e[2:4] = range(10, 15)
print(e)
e[100:200] = [9]
print(e)
e[-100:1] = [8]
print(e)
print(l[1:8][::-1][1:5:2])
f = [0] * 4
f[0:4:3] = [1, 2]
print(f)
