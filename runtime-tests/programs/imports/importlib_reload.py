# importlib.reload runs the module's code again in the same module object.
import importlib
import fixtures.counter as c

print(c.runs)
same = importlib.reload(c)
print(same is c, c.runs)
importlib.reload(c)
print(c.runs)
try:
    importlib.reload("fixtures.counter")
except TypeError as e:
    print("TypeError:", e)
