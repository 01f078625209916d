# Uncaught AttributeError on None returned by a lookup, through a method chain.
class Registry:
    def __init__(self):
        self.entries = {"a": "alpha"}

    def find(self, key):
        return self.entries.get(key)

    def upper(self, key):
        return self.find(key).upper()

r = Registry()
print(r.upper("a"))
print(r.upper("b"))
