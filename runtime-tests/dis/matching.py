def describe(p):
    match p:
        case 0 | 1:
            return "small"
        case [x, y, *rest]:
            return x + y
        case {"k": v, **others}:
            return v
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case str() as s:
            return s
        case _:
            return None
