# str(), repr() and format() return what a class's __str__ / __repr__ / __format__ returned
# as is, so an instance of a str subclass stays one; str() of a str subclass instance without
# its own __str__ (and str.__str__ on one) is a plain str.
class Tagged(str):
    pass


class Source:
    def __str__(self):
        return Tagged("from str")

    def __repr__(self):
        return Tagged("from repr")

    def __format__(self, spec):
        return Tagged("from format " + spec)


class ReprOnly:
    def __repr__(self):
        return Tagged("repr only")


class OwnStr(str):
    def __str__(self):
        return Tagged("own")


def show(label, v):
    print(label, type(v).__name__, v)


s = Source()
show("str()", str(s))
show("repr()", repr(s))
show("format()", format(s))
show("format(spec)", format(s, ">3"))
show("__str__()", s.__str__())
show("str() via __repr__", str(ReprOnly()))
show("repr() via __repr__", repr(ReprOnly()))
t = Tagged("abc")
show("str(subclass)", str(t))
show("str.__str__", str.__str__(t))
show("repr(subclass)", repr(t))
show("format(subclass)", format(t))
show("f-string", f"{t}")
show("%s", "%s" % t)
show("[:]", t[:])
o = OwnStr("x")
show("str(own)", str(o))
show("__str__ own", o.__str__())
show("str.__str__ own", str.__str__(o))
print(str(s) is str(s), type(str(Tagged("q"))) is str)


class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return b"bytes"


for f in (str, repr):
    try:
        f(Bad())
    except TypeError as e:
        print(e)
