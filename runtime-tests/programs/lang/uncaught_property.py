# Uncaught AttributeError raised inside a property getter.
class C:
    @property
    def p(self):
        return self.missing
C().p
