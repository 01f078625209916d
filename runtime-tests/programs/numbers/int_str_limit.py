# The 3.11 limit on decimal digits for int<->str conversion.
import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
print(int("1" * 4300) % 1000)
sys.set_int_max_str_digits(20000)
print(len(str(10 ** 10000)))
print(int("7" * 10000) % 97)
sys.set_int_max_str_digits(0)
print(len(str(3 ** 30000)))
sys.set_int_max_str_digits(4300)
try:
    repr(-(10 ** 5000))
except ValueError as e:
    print("ValueError:", e)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print("ValueError:", e)
