# Attribute access on the wrong object: the whole attribute expression is marked.


class Config:
    def __init__(self):
        self.settings = None


def get_port(cfg):
    return cfg.settings.port


get_port(Config())
