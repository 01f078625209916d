# A replaced builtins.__import__ is what import statements call.
import builtins
orig = builtins.__import__
seen = []
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import sys
from sys import path
import operator as op
builtins.__import__ = orig
import math
print(seen)
def bad(*a):
    raise ImportError("blocked")
builtins.__import__ = bad
try:
    import gc
except ImportError as e:
    print(e)
builtins.__import__ = orig
del builtins.__import__
try:
    import gc
except ImportError as e:
    print(e)
