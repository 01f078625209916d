# raise ... from ...: "The above exception was the direct cause of the following exception:".


class ConfigError(Exception):
    pass


def parse(text):
    raise ValueError("bad literal: " + text)


def read_config(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError("config is invalid") from e


read_config("x=")
