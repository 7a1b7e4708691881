print('util running as', __name__, 'package', __package__)


def double(x):
    return x * 2


def describe():
    return f'util in {__name__}'
