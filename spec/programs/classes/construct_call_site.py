# One call site constructing instances of classes whose __new__/__init__ differ or change:
# each call must run exactly what type.__call__ would.
class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


class C(A):
    def __new__(cls, x):
        print("C.__new__", x)
        return super().__new__(cls)


class D:
    def __init__(self, x):
        return x  # not None for x != None


class Other:
    def __new__(cls, x):
        return "not an instance"

    def __init__(self, x):
        print("never called")


class Meta(type):
    def __call__(cls, *args):
        return ("Meta.__call__", cls.__name__, args)


class M(metaclass=Meta):
    def __init__(self, x):
        pass


class Defaults:
    def __init__(self, x, y=10):
        self.v = x + y


def make(cls, x):
    return cls(x)


for cls in (A, A, B, C, A, D, Other, M, Defaults, A):
    try:
        o = make(cls, 1)
        print(cls.__name__, type(o).__name__, getattr(o, "x", None), getattr(o, "v", None), o if isinstance(o, (str, tuple)) else "")
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
try:
    make(D, None)
    print("D with None ok")
    make(D, 5)
except TypeError as e:
    print("TypeError", e)

# __init__ replaced after the site is warm (on the class, then on a base), then a __new__
# added to a subclass.
for i in range(3):
    make(A, i)
A.__init__ = lambda self, x: print("new init", x)
make(A, 7)
make(B, 8)
B.__new__ = lambda cls, x: print("new __new__", x) or object.__new__(cls)
make(B, 9)
make(A, 10)

# Wrong argument counts and an __init__ that raises, with the traceback line.
try:
    make(Defaults, 1)
    Defaults()
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __init__(self, x):
        raise ValueError("bad " + str(x))


try:
    make(Raises, 3)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)


def deep(n):
    return deep(n - 1) if n else A(0)


import sys
sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    print("RecursionError", e)
