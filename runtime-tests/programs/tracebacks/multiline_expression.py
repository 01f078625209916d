# A failing expression that spans lines: the marker runs to the end of its first line.


def build(a, b, c):
    raise TypeError("cannot build")


def main():
    result = build(
        1,
        2,
        3,
    )
    return result


main()
