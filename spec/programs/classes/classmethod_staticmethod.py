# classmethod receives the class (also the subclass), staticmethod receives nothing.
class Shape:
    count = 0

    def __init__(self):
        type(self).count += 1

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def describe(x):
        return f'static {x}'

    @classmethod
    def name(cls):
        return cls.__name__


class Square(Shape):
    count = 0


s = Square.create()
print(type(s).__name__, Square.count, Shape.count)
print(Shape.create().name(), Shape.count)
print(Shape.describe(1), s.describe(2), Square.name(), s.name())
print(type(Shape.__dict__['create']).__name__, type(Shape.__dict__['describe']).__name__)
f = Shape.__dict__['describe']
print(f(3), callable(f))
print(Shape.create.__self__ is Shape, Square.create.__self__ is Square)
