# When __str__, __repr__ or __format__ returns an instance of a str subclass: format(), an
# f-string that is a single field, a str.format whose output is one field, and a str % whose
# format is one %s/%r/%a directive pass that instance on; anything that builds a new string
# (literal text around it, a conversion followed by format(), padding) gives a plain str.
class S(str):
    pass

class A:
    def __str__(self): return S("str")
    def __repr__(self): return S("rep")
    def __format__(self, spec): return S("fmt" + spec)

class B:
    def __str__(self): return S("bstr")

def show(label, v):
    print(label, type(v).__name__, v)

a, b = A(), B()
show("format(a)", format(a))
show("format(a, 'x')", format(a, "x"))
show("format(b)", format(b))
show("object.__format__", object.__format__(b, ""))
show("str(a)", str(a))
show("repr(a)", repr(a))
show("f'{a}'", f"{a}")
show("f'{a:y}'", f"{a:y}")
show("f'{a:{\"z\"}}'", f"{a:{'z'}}")
show("f'{b}'", f"{b}")
show("f'{a!s}'", f"{a!s}")
show("f'{a!r}'", f"{a!r}")
show("f'{a}{a}'", f"{a}{a}")
show("f'-{a}'", f"-{a}")
show("f'{a=}'", f"{a=}")
show("'{}'.format(a)", "{}".format(a))
show("'{0}'.format(a)", "{0}".format(a))
show("'{x}'.format(x=a)", "{x}".format(x=a))
show("'{:q}'.format(a)", "{:q}".format(a))
show("'{:{}}'.format(a, 'n')", "{:{}}".format(a, "n"))
show("'{0[0]}'.format([a])", "{0[0]}".format([a]))
show("'{}'.format(b)", "{}".format(b))
show("'{!s}'.format(a)", "{!s}".format(a))
show("'{}!'.format(a)", "{}!".format(a))
show("'!{}'.format(a)", "!{}".format(a))
show("'{x}'.format_map", "{x}".format_map({"x": a}))
show("'%s' % a", "%s" % a)
show("'%r' % a", "%r" % a)
show("'%a' % a", "%a" % a)
show("'%-s' % a", "%-s" % a)
show("'%3s' % a", "%3s" % a)
show("'%.3s' % a", "%.3s" % a)
show("'%5s' % a", "%5s" % a)
show("'%.2s' % a", "%.2s" % a)
show("'%+s' % a", "%+s" % a)
show("'%(k)s' % {'k': a}", "%(k)s" % {"k": a})
show("'%(k)s%(k)s'", "%(k)s%(k)s" % {"k": a})
show("'%s' % (a,)", "%s" % (a,))
show("'%s!' % a", "%s!" % a)
show("'%s%%' % a", "%s%%" % a)

# A str subclass value itself formats to a plain str, and str.__format__ names its type.
s = S("q")
for v in [format(s), format(s, ""), f"{s}", "{}".format(s), "%s" % s, str(s), f"{s:>3}"]:
    print(type(v).__name__, repr(v))
try:
    format(s, "x")
except ValueError as e:
    print(e)
