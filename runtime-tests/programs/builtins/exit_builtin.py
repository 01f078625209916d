# exit() raises SystemExit: caught it carries the code; uncaught it sets the exit status.
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
print("bye")
exit(7)
print("never")
