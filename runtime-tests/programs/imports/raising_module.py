# A module that raises while importing is removed from sys.modules; a retry runs it again.
import sys

for attempt in range(2):
    try:
        import fixtures.boom
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
    print("fixtures.boom" in sys.modules, hasattr(sys.modules["fixtures"], "boom"))
try:
    from fixtures import boom
except ValueError as e:
    print("from-import:", e)
