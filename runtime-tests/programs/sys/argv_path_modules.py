# sys.argv, sys.path and sys.modules.
import sys

print(sys.argv)
print(type(sys.path).__name__, len(sys.path) > 0, isinstance(sys.path[0], str))
print("sys" in sys.modules, sys.modules["sys"] is sys)
print("builtins" in sys.modules)
print(sys.modules["__main__"].__name__)
print(__name__)
sys.argv.append("extra")
print(sys.argv[-1])
import builtins
print(sys.modules["builtins"] is builtins)
