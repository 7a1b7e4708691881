from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]), len(p), p == (1, 2), isinstance(p, tuple))
print(type(p).__name__, Point.__doc__, Point.x.__doc__ if False else "", hash(p) == hash((1, 2)), x if (x := p.x) else 0)
a, b = p
print(a, b, repr(Point(x=[1], y="s")), sorted([Point(2, 1), Point(1, 5)]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a _b")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a def", rename=True)._fields)
class Sub(namedtuple("Base", "u v")):
    def total(self): return self.u + self.v
print(Sub(1, 2).total(), Sub(1, 2))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen, list(reversed(bounded)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2, deque(), bool(deque()))
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({"x": 2}) == Counter(x=2), +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter([1, 1, 2]).most_common())
words = "the cat the dog the end".split()
print(Counter(words).most_common(1), dict(Counter(words)))
dd = defaultdict(list)
dd["a"].append(1); dd["b"].append(2); dd["a"].append(3)
print(dd, dd["a"], "c" in dd, dict(dd), dd.default_factory)
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(di, sorted(di.items()))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict()
od["z"] = 1; od["a"] = 2; od["m"] = 3
od.move_to_end("z")
print(od, od.popitem(), od.popitem(last=False), od, list(od.keys()))
od2 = OrderedDict([("a", 1), ("b", 2)])
print(od2 == OrderedDict([("b", 2), ("a", 1)]), od2 == {"b": 2, "a": 1}, OrderedDict())
od2.move_to_end("b", last=False)
print(od2)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm, cm)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents)
print(deque[int], isinstance(dd, dict), isinstance(c, dict), issubclass(OrderedDict, dict))
