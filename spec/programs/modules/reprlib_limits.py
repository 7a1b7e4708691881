import reprlib, collections, array
R = reprlib.Repr
r = R()
print(sorted(vars(r).items()))
vals = [
    [], [1], list(range(6)), list(range(7)), (), (1,), (1, 2), tuple(range(10)), set(), {3}, set(range(10)),
    frozenset(), frozenset({5}), frozenset(range(9)), {}, {1: 2}, {i: i * i for i in range(5)},
    {"b": 1, 2: "a", None: 0}, {2, 7, -1}, "", "a", "x" * 29, "x" * 30, "x" * 31, "ab'cd\"ef" * 9,
    "é\n\t\x00" * 20, 0, -1, 10 ** 39, 10 ** 40, -(10 ** 40), 10 ** 100, 3.25, 1e300, True, None, b"abc" * 30,
    collections.deque(), collections.deque([1]), collections.deque(range(20)), array.array("i"),
    array.array("b", [1]), array.array("d", [1.5] * 10), array.array("u", "hello"), [[[[[[[[]]]]]]]],
    [[[[[[[[1]]]]]]]], ([([([1],)],)],), {1: {2: {3: {4: {5: {6: {7: 8}}}}}}}, range(100), len, int,
    collections.OrderedDict(a=1), collections.Counter("aab"), [{"a": (1, [2, {3}])}] * 8,
]
for v in vals:
    print(reprlib.repr(v))
for lim in (0, 1, 2, 3, 4, 5, 8):
    r = R()
    r.maxstring = r.maxlong = r.maxother = lim
    r.maxlist = r.maxtuple = r.maxdict = r.maxset = r.maxfrozenset = r.maxdeque = r.maxarray = lim
    r.maxlevel = lim
    print(lim, [r.repr(v) for v in vals[:30]])
r = R()
r.fillvalue = "<…>"
print([r.repr(v) for v in vals])
r.fillvalue = ""
print([r.repr(v) for v in vals])
print(r.repr1([1, [2, [3]]], 1), r.repr1([1, [2, [3]]], 0), r.repr1((1,), 0), r.repr1({}, 0), r.repr1(set(), 0), r.repr1(frozenset({1}), 0))
print(r._repr_iterable([1, 2, 3], 2, "<", ">", 2), r._repr_iterable([1], 2, "<", ">", 2, "!"), r._repr_iterable([], 0, "<", ">", 2))
print(r.repr_list([1, 2], 3), r.repr_tuple((1,), 3), r.repr_dict({1: 2}, 1), r.repr_str("abc", 1), r.repr_int(5, 1), r.repr_set({1}, 1))
print(R.repr_tuple.__name__, R.repr_list.__qualname__, R.repr_set.__name__)

class Bad:
    def __repr__(self):
        raise ValueError("no")
class Bad2:
    def __repr__(self):
        raise KeyboardInterrupt
print(reprlib.repr(Bad()).split(" at ")[0], reprlib.repr([Bad()]).split(" at ")[0])
try:
    reprlib.repr(Bad2())
except KeyboardInterrupt:
    print("KI propagates")
class Long:
    def __repr__(self):
        return "L" * 100
print(reprlib.repr(Long()), reprlib.repr([Long()]))

class MyRepr(reprlib.Repr):
    def repr_MyType(self, x, level):
        return "custom"
    def repr_int(self, x, level):
        return "I"
class MyType:
    pass
print(MyRepr().repr([MyType(), 1, (2, 3), {4: 5}]))
class Spaced(reprlib.Repr):
    def repr_my_thing(self, x, level):
        return "spaced!"
t = type("my thing", (), {})
print(Spaced().repr(t()), Spaced().repr([t()]))
class MyList(list):
    pass
print(reprlib.repr(MyList(range(50)))[:40])

class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.kids)
a = Node("a"); b = Node("b"); a.kids.append(b); b.kids.append(a); a.kids.append(a)
print(repr(a), repr(b), str(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)
class Node2:
    def __init__(self):
        self.me = self
    @reprlib.recursive_repr(fillvalue="<self>")
    def __repr__(self) -> str:
        "docstring here"
        return "N2(%r, %r)" % (self.me, [self.me])
n2 = Node2()
print(repr(n2), Node2.__repr__.__doc__, Node2.__repr__.__annotations__)
class Raises:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError("boom")
x = Raises()
for _ in range(2):
    try:
        repr(x)
    except RuntimeError as e:
        print("raised", e)
print(reprlib.__all__, reprlib.aRepr.maxlist, reprlib.repr is not None)
reprlib.aRepr.maxlist = 2
print(reprlib.repr(list(range(10))))
