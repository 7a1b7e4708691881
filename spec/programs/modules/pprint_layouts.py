import pprint, collections, types, dataclasses
data = {"name": "example", "values": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y", "z" * 20)}], "b": {3, 1, 2}, "c": frozenset({"q"})},
        "text": "a long string with many words that will need to be wrapped across several lines of output " * 2,
        "bytes": bytes(range(40)), "ba": bytearray(b"hello world this is a bytearray of some length"), 7: None, (1, 2): [()], "t1": (1,)}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120, indent=4))
print(pprint.pformat(data, width=60, compact=True))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, sort_dicts=False, width=50))
pprint.pp({"z": 1, "a": [1] * 40})
lst = [1, 2]
lst.append(lst)
print(pprint.pformat(lst).split(" with id")[0], pprint.saferepr(lst).split(" with")[0], pprint.isrecursive(lst), pprint.isreadable(lst), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
d = {}
d["self"] = d
print(pprint.pformat(d).split(" with")[0])
print(pprint.pformat(10**30, underscore_numbers=True), pprint.pformat([10**10] * 3, underscore_numbers=True))
od = collections.OrderedDict((f"key{i}", i * 1000) for i in range(12))
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {f"k{i}": list(range(i)) for i in range(8)})
pprint.pprint(dd)
c = collections.Counter("the quick brown fox jumps over the lazy dog and then some more text to count")
pprint.pprint(c, width=30)
dq = collections.deque(range(40), maxlen=50)
pprint.pprint(dq)
pprint.pprint(collections.deque(range(40)))
cm = collections.ChainMap({"a" * 30: 1}, {"b" * 30: 2}, {"c" * 30: 3})
pprint.pprint(cm)
ns = types.SimpleNamespace(alpha=list(range(25)), beta="b" * 50, gamma={"x": 1})
pprint.pprint(ns)
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default="zz", repr=False)
pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(1, [2]), Point(3, [4])])
pprint.pprint(types.MappingProxyType({"k" * 40: "v" * 40, "j": 1}))
pprint.pprint(["short", "a much longer string " * 5, b"bytes " * 20], width=40)
pprint.pprint("single string that is long " * 5, width=30)
pprint.pprint({"s": "line1\nline2\n" * 6}, width=25)
pprint.pprint([[1, 2, 3]] * 10, width=20, compact=True)
pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(30)))
pprint.pprint({1: "a", "b": 2, None: 3, 2.5: 4})
pprint.pprint([{1, "a"}, {None}])
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return "ReprList!"
pprint.pprint(MyList(range(30)))
pprint.pprint(ReprList(range(30)))
pprint.pprint(((((((1,),),),),),), depth=3)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint(list(range(20)))
print(pp.pformat({"a": 1}), pp.isrecursive([]), pp.isreadable([]))
import io
s = io.StringIO()
pprint.pprint([1, 2], stream=s)
print(repr(s.getvalue()))
