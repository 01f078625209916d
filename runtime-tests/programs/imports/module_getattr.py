# Module attribute lookup: PEP 562 __getattr__/__dir__, and the circular-import hint.
import fixtures.lazy as lazy

print(lazy.magic, lazy.calls)
from fixtures.lazy import magic

print(magic, lazy.calls)
try:
    from fixtures.lazy import nope
except ImportError as e:
    print("ImportError:", e.msg.split(" (")[0])
try:
    lazy.other
except AttributeError as e:
    print("AttributeError:", e)
print(dir(lazy), lazy.calls)
import fixtures.halfway_a

print(fixtures.halfway_a.LATE)
import fixtures.simple

try:
    fixtures.simple.missing
except AttributeError as e:
    print("AttributeError:", e)
print("__name__" in dir(fixtures.simple), dir(fixtures.simple) == sorted(vars(fixtures.simple)))
