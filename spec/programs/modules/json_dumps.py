# json.dumps: scalars, containers, options (indent, separators, sort_keys, ensure_ascii,
# skipkeys, default, allow_nan, check_circular), key conversion and subclasses.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(1.5), json.dumps(1e100), json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps(123456789012345678901234567890), json.dumps(1e-7), json.dumps(2.0))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')))
print(json.dumps("plain"), json.dumps(""), json.dumps('quote " and \\ slash /'))
print(json.dumps("\u00e9\U0001d11e\x7f\x00\x1f\b\f\n\r\t\u2028\uffff"))
print(json.dumps("\u00e9\U0001d11e\x7f\x00\x1f\b\f\n\r\t\u2028\uffff", ensure_ascii=False))
print(json.dumps(["caf\u00e9", {"\u00fc": "\u4e2d\u6587"}], ensure_ascii=False))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}, []]))
print(json.dumps([1, "two", 3.0, None, True, [False, {"k": "v"}]]))
print(json.dumps((1, (2, 3))))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [3, 2]}}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [3, 2]}}, sort_keys=True))

# keys: int, float, bool, None converted; other keys rejected or skipped
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 2: 5, "x": 6, -7: 8, 1e20: 9}))
print(json.dumps({float('nan'): 1, float('inf'): 2}))
print(json.dumps({(1, 2): 3, "ok": 4, frozenset(): 5}, skipkeys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({1: "int", "1": "str"}))

# indent as int, str, zero, negative; separators
value = {"list": [1, [2, {}], [], {"a": []}], "s": "x", "n": None}
print(json.dumps(value, indent=2))
print(json.dumps(value, indent="\t"))
print(json.dumps(value, indent="--"))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": 1}, indent=-1))
print(json.dumps(value, separators=(",", ":")))
print(json.dumps(value, separators=[" ,", " : "]))
print(json.dumps(value, indent=1, separators=(", ", ": ")))
print(json.dumps([[[[]]]], indent=3))
print(json.dumps({"k": {"k": {"k": 1}}}, indent=2, sort_keys=True))

# subclasses of str, int, float, list, dict, tuple
class S(str):
    def __str__(self):
        return "not used"
class I(int):
    def __repr__(self):
        return "not used"
class F(float):
    def __repr__(self):
        return "not used"
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
print(json.dumps([S("s\n"), I(42), F(2.5), L([1, L()]), D(a=D()), T((1,))]))
print(json.dumps({S("key"): I(7), I(3): F(0.5), F(1.25): S("v")}))
print(json.dumps([S("s"), I(1), F(1.0)], indent=1))

# default= and cls=
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({"p": Point(Point(0, 0), [Point(5, 6)])}, default=encode_point, indent=1))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, cls=PointEncoder))
print(PointEncoder(indent=2).encode(Point(7, 8)))
try:
    json.dumps([Point(1, 2), object()], cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(complex(1, 2), default=repr))
print(json.dumps([1j], default=lambda o: [o.real, o.imag]))

# check_circular=False still encodes shared (non-circular) structures
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}], check_circular=False))
print(json.dumps([shared, shared]))
print(json.dumps(float('nan'), allow_nan=True))

# dumps with many options at once
print(json.dumps({"z": [1.0, "\u00e9"], "a": None}, sort_keys=True, indent=4, ensure_ascii=False,
                 separators=(",", " = ")))
