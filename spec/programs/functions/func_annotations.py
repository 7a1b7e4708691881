# Annotations are evaluated at definition time and stored in __annotations__.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True


print(f.__annotations__)


def g(x, y):
    pass


print(g.__annotations__)
counter = 0


def h(v: (counter := counter + 1)) -> counter:
    pass


print(h.__annotations__, counter)
x: int = 5
y: str
print(__annotations__)
print('y' in globals())


class C:
    a: int
    b: str = 'b'


print(C.__annotations__, hasattr(C, 'a'), C.b)
