class ConfigError(Exception):
    pass
def read(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
read({"a": 1}, "b")
