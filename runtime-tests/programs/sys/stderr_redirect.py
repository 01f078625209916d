# The uncaught-exception report goes to whatever sys.stderr is at that moment.
import sys


class Upper:
    def write(self, s):
        # File lines carry the script's absolute path, which differs between checkouts.
        out = []
        for line in s.split("\n"):
            if line.lstrip().startswith('File "'):
                line = line[: line.index('"')] + "<path>" + line[line.index('"', line.index('"') + 1) + 1 :]
            out.append(line)
        s = "\n".join(out)
        sys.__stderr__.write(s.upper())
        return len(s)

    def flush(self):
        pass


sys.stderr = Upper()
print("normal output")
raise LookupError("shouted")
