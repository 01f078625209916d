raw = b"caf\xe9"
print(raw.decode("latin-1"))
print(raw.decode("utf-8"))
