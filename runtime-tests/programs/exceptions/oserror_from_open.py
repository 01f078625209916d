# Errors raised by open() carry errno, strerror and filename.

try:
    open("this_file_does_not_exist.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(e.args)

try:
    open(".")
except OSError as e:
    print(type(e).__name__, e.errno, str(e))

try:
    open("no_such_dir/file.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
