# __str__ and __repr__ may return an instance of a str subclass: str(), repr(), print,
# formatting and containers use its value; other types are still a TypeError.
class S(str):
    pass


class X:
    def __str__(self):
        return S("from __str__")

    def __repr__(self):
        return S("from __repr__")


x = X()
print(str(x), repr(x), f"{x}", f"{x!r}", "%s|%r" % (x, x), format(x), [x], (x,), {1: x})
print(x)
print(str(x) == "from __str__", len(repr(x)), str(x).upper(), isinstance(str(x), str))


class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return b"bytes"


for f in (str, repr, format):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
