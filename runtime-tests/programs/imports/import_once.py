# A module's code runs once: later imports (any spelling) find it in sys.modules.
import sys
import fixtures.counter
import fixtures.counter
from fixtures import counter as c2
import fixtures.counter as c3
import importlib

c4 = importlib.import_module("fixtures.counter")
print(fixtures.counter is c2 is c3 is c4)
print("runs:", fixtures.counter.runs)
m = __import__("fixtures.counter", fromlist=["runs"])
print(m is c2, m.runs)
del sys.modules["fixtures.counter"]
import fixtures.counter as again
print(again is c2, again.runs)
