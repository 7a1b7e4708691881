y = 'first.y'


def read_y():
    return y


def write_y(v):
    global y
    y = v
