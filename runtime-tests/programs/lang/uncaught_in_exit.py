# Uncaught error raised by __exit__ after a clean with body.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
with CM():
    pass
