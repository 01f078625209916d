# When str() of the exception fails the message becomes "<exception str() failed>".


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


raise Broken("ignored")
