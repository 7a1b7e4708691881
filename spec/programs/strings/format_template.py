# str.format with formats used repeatedly (parsed once, then reused): auto and manual numbers,
# keyword fields, conversions, specs, escaped braces, and errors raised part-way (after earlier
# fields' __format__ ran); formats outside the plain subset still work.
class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __format__(self, spec):
        print("format", self.tag, repr(spec))
        return "<{}:{}>".format(self.tag, spec)

    def __repr__(self):
        return "Loud({!r})".format(self.tag)


class Missing(dict):
    def __missing__(self, key):
        return "?" + key


fmts = ["{}:{}:{}", "{0}-{1}-{0}", "{name}={value:>6}", "{!r} {!s:5}| {!a}", "{:05d}|{:<10}|{:>12.3f}|{:#x}",
        "{{}} {} {{x}}", "{00}{01}", "{a.b}", "{0[1]}", "{:{}}", "{}{0}", "{0}{}", "{", "}", "{0!x}", "{:}}",
        "plain", "{ 0}", "{\u0661}", "{:%H:%M}", "{0!r:>8}", "{x}{}", "{3}"]
argsets = [((1, "ab", 2.5), {}), ((Loud("p"), Loud("q")), {}), (("é", "x"), {"name": "n", "value": 42, "x": 1}),
           ((7, 255, 3.14159, 300), {}), ((), {}), (([10, 20], 4), {"a": 1})]
for rep in range(2):
    for f in fmts:
        for a, kw in argsets:
            try:
                r = f.format(*a, **kw)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(repr(f), "->", r)
print("{k}|{}".format(1, k=Loud("r")), "{zz}".format_map(Missing()), "{0}".format_map({"0": 5}) if False else "")
try:
    print("{}{}{}".format(Loud("s"), Loud("t")))
except IndexError as e:
    print(e)
try:
    print("{}{missing}".format(Loud("u")))
except KeyError as e:
    print(repr(e))
