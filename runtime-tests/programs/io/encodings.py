# Encodings: utf-8 (default), latin-1, ascii with error handlers.
path = "/tmp/pyjit_rt_io_encodings.txt"
text = "café naïve 日本"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.read() == text)
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    with open(path, "w", encoding="ascii", errors=errors) as f:
        f.write("a é 日 z")
    with open(path, "rb") as f:
        print(errors, f.read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("ok é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(path, "w", encoding="latin1") as f:
    print(f.encoding, f.errors)
with open(path, "w", encoding="UTF8", errors="replace") as f:
    print(f.encoding, f.errors)
