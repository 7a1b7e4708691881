# str(x) for the kinds of x that take str's one-step path (ints, bools, strs, builtin
# instances) and those that do not (classes with __str__ returning a str subclass instance,
# whose __init__ then runs; keyword and extra arguments; str subclasses).
print([str(i) for i in (0, 7, -3, 10**15, -(2**53), 2**53 + 1, 2**70, -(10**30))])
print(str(True), str(False), str(None), str(1.5), str(-0.0), str(1e16), str(2.5e-7), str(3j))
print(str("x"), str(""), str("\U0001f600") == "\U0001f600", str([1, "a"]), str((1,)), str({"k": 1}))
print(str(b"ab"), str(range(3)), str(slice(1, 2)), str(int), str(...), str(NotImplemented))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object="kw"), repr(str()))


class S(str):
    def __init__(self, *args):
        print("S.__init__", [type(a).__name__ for a in args])


class P:
    def __str__(self):
        return S("from P")


class Q:
    def __str__(self):
        return "q!"

    def __repr__(self):
        return "Q()"


r = str(P())
print(type(r).__name__, r)
print(str(Q()), type(str(Q())).__name__, str([Q()]))
s = S("abc")
print(type(str(s)).__name__, str(s), type(S(5)).__name__)


class Bad:
    def __str__(self):
        return 5


for args, kw in (((Bad(),), {}), ((1, 2, 3, 4), {}), ((1,), {"bogus": 2}), ((b"x", 5), {})):
    try:
        print(str(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
i = 0
out = []
while i < 30:
    out.append(str(i % 10) + str(i * 1000003))
    i += 1
print(out[::6], len("".join(out)))
