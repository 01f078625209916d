# KeyError from a nested subscript assignment target.
d = {}
d["x"]["y"] = 1
