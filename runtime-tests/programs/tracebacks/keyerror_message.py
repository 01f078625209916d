# KeyError's message is the repr of the key.


def get(mapping, key):
    if key not in mapping:
        raise KeyError(key)
    return mapping[key]


get({"a": 1}, "missing key")
