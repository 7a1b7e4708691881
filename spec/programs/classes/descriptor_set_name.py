# __set_name__ tells a descriptor its attribute name; a typed field example.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.slot, value)


class Point:
    x = Typed(int)
    y = Typed(int)
    label = Typed(str)

    def __init__(self, x, y, label):
        self.x, self.y, self.label = x, y, label


p = Point(1, 2, 'p')
print(p.x, p.y, p.label, sorted(vars(p)))
try:
    p.x = 'one'
except TypeError as e:
    print(type(e).__name__, e)
print(Point.x.name, type(Point.label).__name__)
late = Typed(float)
Point.z = late
print(hasattr(late, 'name'))
