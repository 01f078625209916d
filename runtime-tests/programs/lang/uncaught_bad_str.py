# Uncaught exception whose __str__ itself fails.
class E(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
raise E()
