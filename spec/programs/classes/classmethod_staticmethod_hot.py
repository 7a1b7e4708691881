# classmethod and staticmethod calls in hot loops, on the class, on instances and on
# subclasses (a classmethod binds the class it is looked up on), an instance attribute that
# shadows the name, the class rebinding the name, subclasses of classmethod/staticmethod, and
# a classmethod wrapping a non-function.
class Shape:
    made = 0
    def __init__(self, n): self.n = n
    @classmethod
    def make(cls, n):
        cls.made += 1
        return cls(n)
    @staticmethod
    def area(a, b):
        return a * b
    def describe(self):
        return "%s:%d" % (type(self).__name__, self.n)

class Square(Shape):
    pass

out = []
for i in range(120):
    s = Shape.make(i)
    q = Square.make(i)
    out.append((s.describe(), q.describe(), s.make(1).describe(), q.make(2).describe(),
                Shape.area(i, 2), s.area(i, 3), q.area(1, i)))
print(out[0], out[-1], Shape.made, Square.made)

s = Shape(5)
res = []
for i in range(100):
    if i == 30:
        s.area = lambda a, b: "instance"
    if i == 60:
        del s.area
    if i == 80:
        Shape.area = staticmethod(lambda a, b: "rebound")
    res.append(s.area(1, 2))
print(res[0], res[30], res[60], res[80])

class LoudCM(classmethod):
    def __get__(self, obj, cls=None):
        return lambda *a: ("loud", cls.__name__) + a
class LoudSM(staticmethod):
    def __get__(self, obj, cls=None):
        return lambda *a: ("loud-static",) + a
class K:
    a = LoudCM(lambda cls, x: x)
    b = LoudSM(lambda x: x)
    c = classmethod(len)
r = []
for i in range(60):
    r.append((K.a(i), K().a(i), K.b(i), K().b(i)))
print(r[-1])
try:
    K.c()
except TypeError as e:
    print("TypeError", e)
print(K.c.__self__ is K)
