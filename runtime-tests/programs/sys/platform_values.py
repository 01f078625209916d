# Platform constants of the sys module.
import sys

print(sys.platform, sys.byteorder)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.radix, sys.float_info.max_10_exp)
print(sys.float_info)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.float_repr_style)
print(type(sys.flags.optimize).__name__, sys.flags.optimize, sys.flags.debug)
print(sys.pycache_prefix, sys.warnoptions)
print(sys.getdefaultencoding())
print(isinstance(sys.executable, str), isinstance(sys.prefix, str))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
