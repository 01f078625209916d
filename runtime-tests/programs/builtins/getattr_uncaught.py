# An uncaught AttributeError from getattr without a default.
class Config:
    debug = False

cfg = Config()
print(getattr(cfg, "debug"))
print(getattr(cfg, "verbose"))
