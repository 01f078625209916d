# An uncaught error three calls deep: one entry per frame, outermost first, with the
# caret line under each call that does not span its whole line.


def parse(text):
    return int_of(text) + 1


def int_of(text):
    return check(text)


def check(text):
    if text != "42":
        raise ValueError("not the answer: " + text)
    return 42


def main():
    total = 0
    for word in ["42", "42", "x"]:
        total = total + parse(word)
    return total


main()
