import sys
def show(tag):
    t, v, _ = sys.exc_info()
    print(tag, t.__name__ if t else None, v)
show("start")
try:
    raise KeyError("outer")
except KeyError:
    show("in outer")
    try:
        raise ValueError("inner")
    except ValueError:
        show("in inner")
    show("back in outer")
show("after")
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield show("gen yielded")
        show("gen resumed")
g = gen()
next(g)
show("between")
try:
    next(g)
except StopIteration:
    pass
try:
    raise OSError("x")
except OSError:
    def inner():
        show("called from handler")
    inner()
print(sys.exception() if hasattr(sys, "exception") else None)
