# Class patterns with positional sub-patterns via __match_args__ and keyword sub-patterns.
class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ('center', 'r')

    def __init__(self, center, r):
        self.center, self.r = center, r


def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Circle(Point(x, y), r=radius) if radius > 10:
            return f'big circle at {x},{y}'
        case Circle(center=c):
            return f'circle around ({c.x}, {c.y})'
        case int(n) | float(n):
            return f'number {n}'
        case Point():
            return 'some other point'
    return 'unknown'


for o in (Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(5, 5), 1), 7, 2.5, 'x'):
    print(where(o))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
