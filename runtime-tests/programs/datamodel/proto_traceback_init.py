class Config:
    def __init__(self, **opts):
        self.opts = opts
        self.validate()
    def validate(self):
        for k, v in self.opts.items():
            if not isinstance(v, int):
                raise TypeError(f"option {k} must be int, not {type(v).__name__}")
print(Config(a=1, b=2).opts)
cfg = Config(a=1, b="two")
