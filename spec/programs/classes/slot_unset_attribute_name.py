# Reading an unset __slots__ member raises AttributeError with .name and .obj set, as
# PyObject_GetAttr does for any AttributeError; getattr with a default and hasattr still work.


class Point:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


p = Point()
for attempt in (lambda: p.y, lambda: getattr(p, "y")):
    try:
        attempt()
    except AttributeError as e:
        print(e, repr(e.name), e.obj is p)
print(getattr(p, "y", "default"), hasattr(p, "y"), hasattr(p, "x"))
try:
    del p.y
except AttributeError as e:
    print("del:", e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print(e, e.name)
