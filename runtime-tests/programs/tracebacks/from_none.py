# raise ... from None hides the context: only the last exception prints.


def find(d, key):
    try:
        raise KeyError(key)
    except KeyError:
        raise AttributeError("no attribute " + key) from None


find({}, "color")
