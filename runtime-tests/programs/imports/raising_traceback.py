# An uncaught error inside an imported module: the traceback goes through the import.
print("before import")
import fixtures.boom_nested

print("not reached")
