# Uncaught exception raised in code run by exec(): frames from <string> have no source line.
exec("def g():\n    return 1 / 0\ng()")
