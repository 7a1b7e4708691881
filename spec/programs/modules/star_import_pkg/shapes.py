__all__ = ['Square', 'area', 'UNITS']
UNITS = 'cm'
_hidden_default = 'underscore'
not_exported = 'left out of __all__'


class Square:
    def __init__(self, side):
        self.side = side


def area(shape):
    return shape.side ** 2
