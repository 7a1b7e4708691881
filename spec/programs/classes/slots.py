# __slots__ restricts instance attributes and removes the instance __dict__.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Point.x).__name__)


class Point3(Point):
    __slots__ = ('z',)


q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, '__dict__'))


class Loose(Point):
    pass


l = Loose(1, 2)
l.anything = 'ok'
print(l.anything, hasattr(l, '__dict__'))
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
