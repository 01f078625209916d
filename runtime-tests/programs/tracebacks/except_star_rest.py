# except* handles the matching part; the rest of the group propagates.

caught = []
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        caught.append(len(eg.exceptions))
except* TypeError as eg:
    caught.append(len(eg.exceptions))

try:
    raise ExceptionGroup("second", [KeyError("x"), IndexError("y")])
except* KeyError:
    pass
