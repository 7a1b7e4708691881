# An uncaught exception with an explicit cause.
class ConfigError(Exception):
    pass


def read_config(data):
    try:
        return data['port']
    except KeyError as e:
        raise ConfigError('missing setting: port') from e


print('starting')
read_config({'host': 'localhost'})
