# Uncaught error raised by a match guard.
x = {"a": 1}
match x:
    case {"a": v} if v / 0:
        pass
