def import():
    pass
