# An exception leaving a with block that does not suppress it.


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


def work():
    with Resource() as r:
        raise PermissionError("resource is read-only")


work()
