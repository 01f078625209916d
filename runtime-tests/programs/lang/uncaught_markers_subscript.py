# Traceback position markers for a subscript inside a call argument.
config = {"servers": [{"name": "a", "port": 80}]}

def port_of(index):
    return int(config["servers"][index]["port"])

print(port_of(0))
print(port_of(1))
