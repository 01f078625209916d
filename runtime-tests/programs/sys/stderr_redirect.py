# The uncaught-exception report goes to whatever sys.stderr is at that moment.
import sys


class Upper:
    def write(self, s):
        sys.__stderr__.write(s.upper())
        return len(s)

    def flush(self):
        pass


sys.stderr = Upper()
print("normal output")
raise LookupError("shouted")
