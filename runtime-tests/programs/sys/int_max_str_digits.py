# get_int_max_str_digits / set_int_max_str_digits.
import sys

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
print(len(str(10 ** 5000)))
for bad in [5, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(4300)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
