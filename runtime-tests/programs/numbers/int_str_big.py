# str() and int() of large numbers round-trip; digit sums check the text.
import sys
sys.set_int_max_str_digits(0)
n = 7 ** 20000
s = str(n)
print(len(s), s[:30], s[-30:], sum(map(int, s)))
print(int(s) == n)
m = -(3 ** 5000)
print(str(m)[:20], len(str(m)), int(str(m)) == m)
f = 1
for i in range(1, 1001):
    f *= i
fs = str(f)
print(len(fs), fs[:25], fs.count("0"))
print(len(hex(f)), len(bin(f)), len(oct(f)))
print(int(hex(f), 16) == f, int(bin(f), 0) == f)
