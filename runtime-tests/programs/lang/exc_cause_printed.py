# Uncaught exception raised "from" another: "The above exception was the direct cause..."
class ConfigError(Exception):
    pass

def lookup(table, key):
    return table[key]

def get_setting(name):
    try:
        return lookup({"debug": True}, name)
    except KeyError as exc:
        raise ConfigError(f"no setting {name}") from exc

print(get_setting("debug"))
get_setting("verbose")
