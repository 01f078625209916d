# Reading bytes that are not valid in the file's encoding.
path = "/tmp/pyjit_rt_io_decode_errors.txt"
with open(path, "wb") as f:
    f.write(b"ok \xff\xfe bad \xc3 end")
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    with open(path, errors=errors) as f:
        print(errors, ascii(f.read()))
with open(path, encoding="latin-1") as f:
    print(ascii(f.read()))
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, "wb") as f:
    f.write("é".encode() * 5000)
with open(path) as f:
    print(len(f.read()))
