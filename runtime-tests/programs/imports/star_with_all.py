# `from m import *` copies exactly the names in __all__, private ones included.
from fixtures.star_all import *

print(public, _private_listed)
for name in ["other", "_hidden", "sys"]:
    print(name, name in globals())
try:
    from fixtures.star_bad_all import *
except TypeError as e:
    print("TypeError:", e)
