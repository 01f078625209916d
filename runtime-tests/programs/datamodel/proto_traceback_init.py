class Config:
    def __init__(self, **opts):
        self.opts = opts
        self.validate()
    def validate(self):
        for k, v in self.opts.items():
            if not isinstance(v, int):
                raise TypeError(f"option {k} must be int, not {type(v).__name__}")
print(Config(a=1, b=2).opts)
try:
    Config(x=1.5)
except TypeError as e:
    print("TypeError:", e)
class Strict(Config):
    def validate(self):
        super().validate()
        if len(self.opts) > 2:
            raise ValueError("too many options")
print(Strict(a=1).opts)
try:
    Strict(a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
cfg = Config(a=1, b="two")
