# A lambda's frame is named <lambda>; carets point at the failing attribute access.

get_name = lambda obj: obj.name


class Named:
    def __init__(self, name):
        self.name = name


def names(items):
    out = []
    for it in items:
        out.append(get_name(it))
    return out


names([Named("a"), Named("b"), 3])
