# Uncaught chained exception: both tracebacks with "During handling..." are printed.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        raise RuntimeError("could not load " + repr(text))

print("loading")
print(load("12"))
load("twelve")
