import math
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y

v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 3 * v, -v, abs(v))
print(v == Vec(3, 4), v != Vec(3, 4), v == (3, 4))
print(bool(Vec(0, 0)), bool(v))
print(len({v, Vec(3, 4), Vec(1, 2)}))
x, y = v
print(x, y, list(v))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    1 + v
except TypeError as e:
    print(e)
print(hasattr(v, '__dict__'))
