# OSError(errno, strerror) picks the subclass for the errno, and formats its str.

cases = [
    (2, "No such file or directory"),
    (13, "Permission denied"),
    (17, "File exists"),
    (21, "Is a directory"),
    (20, "Not a directory"),
    (32, "Broken pipe"),
    (11, "Resource temporarily unavailable"),
    (4, "Interrupted system call"),
    (110, "Connection timed out"),
    (111, "Connection refused"),
    (3, "No such process"),
    (10, "No child processes"),
    (9999, "unknown"),
]
for errno, msg in cases:
    e = OSError(errno, msg)
    print(type(e).__name__, e.errno, e.strerror, str(e))

e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, str(e), e.args, e.filename, e.filename2)
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, str(e), e.args)
e = OSError("just a message")
print(repr(e), e.errno, e.strerror, str(e))
e = OSError(2, "x", None)
print(repr(e), e.filename)
print(IOError is OSError, EnvironmentError is OSError)
print(type(FileNotFoundError(13, "x")).__name__)
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
