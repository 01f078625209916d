data = {"name": "x"}
print("{name}".format(**data))
print("{missing}".format(**data))
