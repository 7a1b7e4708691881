# operator's native parts (as CPython's _operator): getters, methodcaller and the operator
# functions, their argument errors, reprs and results.
import operator as O
def e(f):
    try: r=f(); print("ok", repr(r))
    except Exception as x: print(type(x).__name__, x)
e(lambda: O.itemgetter())
e(lambda: O.itemgetter(1, x=2))
e(lambda: O.itemgetter(1)())
e(lambda: O.itemgetter(1)([1], [2]))
e(lambda: O.itemgetter(1)([1], x=2))
e(lambda: O.itemgetter(1)([1]))
e(lambda: O.itemgetter(-1)([1, 2]))
e(lambda: O.itemgetter(1, 0)("ab"))
e(lambda: O.itemgetter("k")({"k": 3}))
e(lambda: O.itemgetter(slice(1, None))([1, 2, 3]))
e(lambda: O.itemgetter(1)(5))
e(lambda: repr(O.itemgetter(1)))
e(lambda: repr(O.itemgetter(1, "a")))
e(lambda: repr(O.itemgetter((1, 2))))
e(lambda: O.attrgetter())
e(lambda: O.attrgetter(1))
e(lambda: O.attrgetter("a", 1))
e(lambda: O.attrgetter("real")(3))
e(lambda: O.attrgetter("real", "imag.real")(3))
e(lambda: O.attrgetter("nope")(3))
e(lambda: O.attrgetter("real.nope")(3))
e(lambda: repr(O.attrgetter("a", "b.c")))
e(lambda: O.attrgetter("a")(1, 2))
e(lambda: O.methodcaller())
e(lambda: O.methodcaller(1))
e(lambda: O.methodcaller("upper")("ab"))
e(lambda: O.methodcaller("split", ",", maxsplit=1)("a,b,c"))
e(lambda: repr(O.methodcaller("split", ",", maxsplit=1)))
e(lambda: O.methodcaller("nope")("ab"))
e(lambda: O.methodcaller("upper")())
e(lambda: O.methodcaller(name="upper"))
e(lambda: O.add(1))
e(lambda: O.add(1, 2, 3))
e(lambda: O.add(a=1, b=2))
e(lambda: O.add(1, "a"))
e(lambda: O.sub(5, 2.5))
e(lambda: O.mul("ab", 3))
e(lambda: O.truediv(1, 0))
e(lambda: O.floordiv(7, 2))
e(lambda: O.mod("%d", 3))
e(lambda: O.lt(1, 2))
e(lambda: O.lt(1, "a"))
e(lambda: O.eq([1], [1]))
e(lambda: O.ne(1, 1.0))
e(lambda: O.neg(3))
e(lambda: O.neg("a"))
e(lambda: O.not_([]))
e(lambda: O.truth([1]))
e(lambda: O.getitem([1, 2], 1))
e(lambda: O.getitem([1, 2], 5))
e(lambda: O.invert(5))
e(lambda: O.inv(5))
e(lambda: O.abs(-2))
e(lambda: O.pos(-2))
e(lambda: O.and_(6, 3))
e(lambda: O.or_({1}, {2}))
e(lambda: O.xor(6, 3))
e(lambda: O.lshift(1, 70))
e(lambda: O.rshift(-8, 1))
e(lambda: O.pow(2, 10))
e(lambda: O.matmul(1, 2))
e(lambda: O.neg())
e(lambda: O.not_(1, 2))
e(lambda: type(O.itemgetter(1)).__name__ + " " + type(O.attrgetter("a")).__module__)
e(lambda: type(O.add).__name__)
e(lambda: O.add.__name__)
e(lambda: O.__add__ is O.add)
e(lambda: O.add.__module__ + " " + O.itemgetter.__module__ + " " + O.not_.__qualname__)

# getters as keys and with other objects
recs = [(3, "c", 1.5), (1, "a", 2.5), (2, "b", 0.5), (1, "z", 0.0)]
print(sorted(recs, key=O.itemgetter(0)), sorted(recs, key=O.itemgetter(0, 1), reverse=True))
print(list(map(O.itemgetter(-1), recs)), O.itemgetter(True)([5, 6]), O.itemgetter(1)((7, 8)))
class Seq(list):
    def __getitem__(self, i):
        return ("seq", i)
class Key:
    def __index__(self):
        return 1
print(O.itemgetter(0)(Seq([1])), O.itemgetter(Key())([4, 5]), O.itemgetter(10 ** 20, 0)({10 ** 20: "big", 0: "zero"}))
class P:
    def __init__(self, x, inner=None):
        self.x = x
        self.inner = inner
ps = [P(3, P("c")), P(1, P("a")), P(2, P("b"))]
print([p.x for p in sorted(ps, key=O.attrgetter("x"))], O.attrgetter("inner.x", "x")(ps[0]))
class G:
    def __getattr__(self, name):
        return name.upper()
print(O.attrgetter("a.b")(G()) if False else O.attrgetter("abc", "d")(G()))
print(list(map(O.methodcaller("strip", "x"), ["xax", "b"])), O.methodcaller("count", 1)([1, 1, 2]))
# the same arguments on every call, kept by the caller
mc = O.methodcaller("append", 1)
l = []
mc(l); mc(l)
print(l)
print(list(map(O.add, [1, "a", [1]], [2, "b", [2]])), list(map(O.mul, [2, 3], [4, 5])), O.pow(2, -1), O.mod(-7, 3))
print(O.lt(1, 2), O.le(2, 2), O.eq(1, 1.0), O.ne("a", "a"), O.ge(3, 1), O.gt({1, 2}, {1}), O.eq([1], (1,)))
print(O.truediv(7, 2), O.floordiv(-7, 2), O.and_(True, False), O.or_(1, 2), O.xor(True, True), O.neg(True), O.pos(-0.0), O.abs(-3j), O.inv(-1))
class V:
    def __add__(self, o):
        return "V+"
    def __radd__(self, o):
        return "+V"
    def __lt__(self, o):
        return "V<"
    def __neg__(self):
        return "-V"
print(O.add(V(), 1), O.add(1, V()), O.lt(V(), 1), O.gt(1, V()), O.neg(V()), O.not_(V()), O.truth(V()))
r = O.itemgetter(1)
print(repr(O.attrgetter("x")), repr(O.methodcaller("f")), repr(O.itemgetter("a", ("b",))))
