cases = r'''
None + 1
[] + ()
{} + {}
1 + "a"
"a" - "b"
[1] * [2]
-"a"
~1.5
len(5)
5()
"abc"()
None.x
(1).x = 2
object().y = 1
del [].append
[1, 2][5]
(1,)[3]
"abc"[1.5]
[1][None]
{}[[]]
{1: 2}[3]
{}.x
int("abc")
float("x1")
complex("1+")
list(5)
tuple(None)
dict([1, 2])
dict([(1, 2, 3)])
set(1)
frozenset(1.5)
iter(None)
next([])
range(1.5)
range(1, 2, 0)
[].index(1)
"a".index("b")
(1, 2).index(3)
"abc".center()
"abc".center(5, "ab")
"x" * -1 + 1
sum([[1]], 0)
sorted(5)
sorted([3, None])
max(1)
min([])
abs(None)
round("1")
divmod(1, "a")
pow("a", 2)
2 ** "a"
hash([])
hash({})
hash(set())
{[]: 1}
{{}}
chr(0x110000)
ord("")
int(None)
float([])
str(1, 2)
bytes("abc")
bytes(-1)
bytearray("x")
b"a"[5]
memoryview("a")
"%d" % None
"{:d}".format("a")
"{:s}".format(1)
"{0[x]}".format({})
format(1, "q")
f"{1:.2q}"
getattr(1, "nope")
setattr(1, "a", 2)
isinstance(1, 2)
issubclass(1, int)
super()
type("A", 1, {})
object.__new__(int)
int.__new__(str)
1 < "a"
[] < ()
None < None
{1} < [1]
1j < 2j
print(sep=1)
print(end=5)
open()
compile("1", "x", "bad")
eval(1)
exec(5)
globals(1)
vars(5)
slice()
reversed(5)
enumerate(5)
zip(5)
map(5, [1])
filter(5, [1])()
property()(1)
staticmethod(1)(2)
"abc".split("")
"abc".replace()
"a".join("b", "c")
[].sort(1)
[].sort(key=1, x=2)
{}.get()
{}.pop()
{}.update(1)
{}.fromkeys()
set().add()
set().remove(1)
[].insert(1)
[].remove(1)
[].pop(5)
().count()
'''.strip().splitlines()
for src in cases:
    try:
        eval(src)
        print("no error:", src)
    except Exception as e:
        print(f"{src!r:30} {type(e).__name__}: {e}")
