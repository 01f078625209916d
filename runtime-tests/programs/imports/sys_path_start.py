# sys.path starts with the script's directory and includes the standard library.
import sys

print(sys.path[0] == __file__.rsplit("/", 1)[0])
print("" in sys.path)
print(any(p.rstrip("/").endswith("python3.11") for p in sys.path))
print(type(sys.path).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
print(type(sys.path_importer_cache).__name__, type(sys.builtin_module_names).__name__)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
sys.path.insert(0, sys.path[0] + "/fixtures")
import simple

print(simple.__name__, simple.VALUE, simple.__package__ == "")
