y = 'second.y'


def read_y():
    return y


def call_other(fn):
    return fn()
