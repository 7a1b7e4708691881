# An exception whose __context__ chain already loops (e.__context__ = e) can still become the
# context of a new exception: setting the context must not walk the loop forever.
def make_loop():
    try:
        raise ValueError("first")
    except ValueError as e:
        e.__context__ = e
        raise KeyError("second")

try:
    make_loop()
except KeyError as k:
    print(type(k.__context__).__name__, k.__context__.__context__ is k.__context__)

# A loop of two, then a third raised while handling one of them.
a = IndexError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except IndexError:
        raise RuntimeError("c")
except RuntimeError as r:
    print(r.__context__ is a, a.__context__ is b, b.__context__ is a)

# The usual cycle break: raising an exception already in the handled one's chain.
x = ValueError("x")
try:
    try:
        raise x
    except ValueError as y:
        try:
            raise OSError("z")
        except OSError as z:
            raise x
except ValueError as got:
    print(got is x, type(got.__context__).__name__, got.__context__.__context__)
