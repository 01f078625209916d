# isinstance checks against classes and tuples of classes in a dispatch loop.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Label:
    pass


def run(n):
    items = [Circle(), Square(), Label(), 3, "s", Circle()]
    counts = [0, 0, 0, 0]
    for _ in range(n):
        for it in items:
            if isinstance(it, Circle):
                counts[0] += 1
            elif isinstance(it, (Square, Label)):
                counts[1] += 1
            elif isinstance(it, int):
                counts[2] += 1
            else:
                counts[3] += 1
    return counts


print(run(600_000))
