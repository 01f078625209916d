# An exception raised while handling another: both are printed, joined by
# "During handling of the above exception, another exception occurred:".


def load(name):
    try:
        raise KeyError(name)
    except KeyError:
        raise RuntimeError("could not load " + name)


def main():
    load("config")


main()
