# str % args with the same format used repeatedly (parsed once, then reused): every conversion,
# flags/width/precision, mapping keys, argument-count errors part-way (after earlier
# conversions ran), '*' widths, bad formats, and formats used from inside __str__.
class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        print("str of", self.tag)
        return "%s!" % self.tag

    def __repr__(self):
        return "Loud(%r)" % self.tag


fmts = ["%s", "%-8s|%6d|%s", "%05.1f %+d % d %x %X %#o %e %G %c %r %a %%", "%(a)s-%(b)05d-%(a)r",
        "plain", "%i %u", "%.3s|%10.2s|", "%-+8.2f|", "%(x)s %s", "%s %s", "%*d", "%.*f", "%y", "%",
        "%(a", "%5", "100%% %s", "%ld %hd %Lf"]
argsets = [("ab", 3, 2.5), ("xyz", -12, Loud("l")), (7.25, 9, 5, 255, 255, 8, 1234.5, 0.00001, 65, "q", "é"),
           {"a": "A", "b": 42, "x": 1}, (), 5, "solo", (1, 2, 3), [1, 2]]
for rep in range(2):
    for f in fmts:
        for a in argsets:
            try:
                r = f % a
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(repr(f), "->", r)
print("%s and %s" % (Loud("a"), Loud("b")))
try:
    print("%s %s %s" % (Loud("c"), Loud("d")))
except TypeError as e:
    print(e)
try:
    print("%s %(k)s" % (Loud("e"),))
except TypeError as e:
    print(e)
print("%(k)s" % {"k": Loud("f")}, "%s" % [Loud("g")], "%d%%" % 50, "%c%c" % (0x1F600, "\u00e9"))
