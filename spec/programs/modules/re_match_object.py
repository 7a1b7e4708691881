# re.Match in depth: group/groups/groupdict/start/end/span with ints, names, index-likes and
# bad keys; lastindex/lastgroup/regs/pos/endpos/string/re; expand; bytes and bytearray
# subjects; astral text; finditer (positions, empty matches, iterator type); copy; repr.
import re
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 1


m = re.search(r"(?P<word>[a-z]+)-(?P<num>\d+)(x)?", "..abc-123..")
print(m, bool(m), type(m).__name__, type(m).__module__)
show("group()", lambda: m.group())
show("group(1,2,3)", lambda: m.group(1, 2, 3))
show("group('num')", lambda: m.group("num"))
show("group(True)", lambda: m.group(True))
show("group(Idx())", lambda: m.group(Idx()))
show("group(4)", lambda: m.group(4))
show("group(-1)", lambda: m.group(-1))
show("group('nope')", lambda: m.group("nope"))
show("group(1.0)", lambda: m.group(1.0))
show("group(2**70)", lambda: m.group(2 ** 70))
show("m[0], m['word']", lambda: (m[0], m["word"], m[3]))
show("groups()", lambda: m.groups())
show("groups('-')", lambda: m.groups("-"))
show("groups(default=0)", lambda: m.groups(default=0))
show("groupdict()", lambda: m.groupdict())
show("groupdict(default='d')", lambda: m.groupdict(default="d"))
show("start/end/span", lambda: (m.start(), m.end(), m.span(), m.start(2), m.end("word"), m.span(3)))
show("start(group=1)", lambda: m.start(group=1))
show("group(x=1)", lambda: m.group(x=1))
show("attrs", lambda: (m.pos, m.endpos, m.string, m.re.pattern, m.lastindex, m.lastgroup, m.regs))
show("expand", lambda: m.expand(r"\g<num>:\1:\g<0>:[\3]"))
show("expand kw", lambda: m.expand(template=r"<\2>"))
show("copy", lambda: (copy.copy(m) is m, copy.deepcopy(m) is m))
show("Match()", lambda: re.Match())
show("Match[str]", lambda: re.Match[str])
show("isinstance", lambda: isinstance(m, re.Match))
show("setattr", lambda: setattr(m, "pos", 3))

m2 = re.compile(r"(a)|(b)").match("b")
print(m2.lastindex, m2.lastgroup, m2.groups(), m2.span(1), m2.regs)
m3 = re.compile(r"(?P<x>a)(?P<y>b)?").fullmatch("a")
print(m3.lastgroup, m3.lastindex, m3.groupdict(), m3.group("y"), m3.start("y"))
print(re.match("x*", "abc"), re.match("x*", "abc").span())

for subj in [b"key=val; k2=v2", bytearray(b"key=val; k2=v2"), memoryview(b"key=val; k2=v2")]:
    mm = re.search(rb"(\w+)=(\w+)", subj)
    print(type(subj).__name__, mm.group(0), mm.group(2), mm.groups(), type(mm.group(1)).__name__, mm.string is subj)
whole = b"abc"
print(re.match(rb"abc", whole).group() is whole)

astral = "x\U0001F600y \U0001F600\U0001F600z"
for mm in re.finditer(r"\S+", astral):
    print(mm.span(), mm.group(), len(mm.group()))

pat = re.compile(r"\d*")
print([(mm.span(), mm.group(), mm.pos, mm.endpos) for mm in pat.finditer("a12b3", 1, 4)])
it = re.finditer(r"o", "foo boo")
print(type(it).__name__, next(it).start(), [x.start() for x in it], list(it))
print([mm.group() for mm in re.finditer(r"[A-Z][a-z]+", "Hello World FooBar")])
print(re.sub(r"(\w)(\d)", lambda mm: mm.group(2) + mm.group(1) + str(mm.span()), "a1 b2 c3"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "x10y200"))
sc = re.compile(r"\w").scanner("ab c")
print(sc.match().group(), sc.search().group(), sc.search().span(), sc.search())
total = 0
for k in range(300):
    for mm in re.finditer(r"(\w)(\w*)", "the quick brown fox jumps"):
        total += len(mm.group(2)) + mm.end(1) - mm.start()
print(total)
