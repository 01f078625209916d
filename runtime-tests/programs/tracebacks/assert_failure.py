# assert statements raise AssertionError with the given message.


def check_positive(x):
    assert x > 0, "x must be positive"
    return x


check_positive(5)
check_positive(-2)
