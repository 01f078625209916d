# Errors inside generators show the generator's frame under the consumer's.


def numbers(limit):
    n = 0
    while True:
        if n > limit:
            raise OverflowError("too many numbers")
        yield n
        n = n + 1


def consume():
    total = 0
    for x in numbers(3):
        total = total + x
    return total


consume()
