import json, io, collections
class Dec:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return 'Dec(%s)' % self.s

print(json.__all__, json.__version__, hasattr(json, "scanner"), hasattr(json, "decoder"), hasattr(json, "encoder"))
print(sorted(n for n in dir(json) if not n.startswith("_") and n != "codecs"))
val = {"b": [1, 2.5, None, True, False, "é\u2028\n\"", {"z": []}], "a": {}, "c": (1, 2), 3: "int key", 1.5: "float", None: "none", False: 0}
print(json.dumps(val))
print(json.dumps(val, ensure_ascii=False))
print(json.dumps(val, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps([1, [2]], indent=""), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([1, {"a": 2}], separators=(",", ":")), json.dumps([1, {"a": 2}], separators=(" ; ", " = ")), json.dumps([1, 2], indent=1, separators=(",", ": ")))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps(Dec('1.5'), default=str), json.dumps({1, 2} and [object] and "x", default=repr))
print(json.dumps(2 ** 70), json.dumps(1e300), json.dumps(-0.0), json.dumps(collections.OrderedDict([("z", 1), ("a", 2)])))
class E(json.JSONEncoder):
    def __init__(self, *args, tag="T", **kw):
        super().__init__(*args, **kw)
        self.tag = tag
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return self.tag + repr(type(o).__name__)
print(json.dumps({"s": {3, 1, 2}, "o": object()}, cls=E), json.dumps([complex(1, 2)], cls=E, tag="X"), json.dumps([{2, 1}], cls=E, indent=1))
class SeeArgs(json.JSONEncoder):
    def __init__(self, **kw):
        print("encoder kwargs:", sorted(kw.items(), key=lambda kv: kv[0]))
        super().__init__(**kw)
json.dumps(1, cls=SeeArgs)
json.dumps(1, cls=SeeArgs, indent=3)
for bad in ['json.dumps({(1, 2): 3})', 'json.dumps(float("nan"), allow_nan=False)', 'json.dumps(object())', 'json.dumps(1, bogus=1)',
            'json.dumps(1, cls=E, bogus=1)', 'json.dumps({"a": {1, 2}})', 'json.dumps(b"x")', 'json.dump(1)', 'json.dumps()', 'json.dumps(1, 2)']:
    try:
        print(bad, repr(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
circ = []
circ.append(circ)
for kw in ({}, {"check_circular": True, "indent": 1}):
    try:
        json.dumps(circ, **kw)
    except ValueError as e:
        print("circ", e)
buf = io.StringIO()
json.dump(val, buf)
json.dump([1, 2], buf, indent=2)
json.dump({"k": "v"}, buf, separators=(",", ":"), sort_keys=True)
print(repr(buf.getvalue()))
class Chunks:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Chunks()
json.dump({"a": [1, {"b": None}]}, c)
print(c.parts)
c = Chunks()
json.dump({"a": [1, {"b": None}]}, c, indent=1)
print(c.parts)

docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00"}', '  [ ]  ', '"x"', '12', '-0', '1.0', 'NaN', '[Infinity, -Infinity]',
        '{"a": 1, "a": 2}', '{"n": 12345678901234567890}']
for d in docs:
    print(repr(json.loads(d)), repr(json.loads(d.encode())), repr(json.loads(bytearray(d.encode("utf-16")))))
print(json.loads(docs[0], object_hook=lambda o: sorted(o.items())), json.loads(docs[8], object_pairs_hook=list),
      json.loads(docs[0], parse_float=Dec, parse_int=lambda s: "int:" + s), json.loads(docs[7], parse_constant=lambda s: s.lower()),
      json.loads(docs[8], object_pairs_hook=collections.OrderedDict, object_hook=dict))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        print("decoder kwargs:", sorted(kw))
        super().__init__(**kw)
print(json.loads("[1]", cls=D), json.loads("[1.5]", cls=D, parse_float=str, object_hook=None), json.loads('{"a":1}', cls=D, strict=False, object_pairs_hook=dict))
print(json.loads('"a\tb"', strict=False))
print(json.load(io.StringIO('{"x": [1]}')), json.load(io.BytesIO(b'[2]')), json.load(io.StringIO('[3.5]'), parse_float=str))
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    for d in ('{"k": "\u00e9\U0001f600"}', '1', '[]', '"x"', '12', '{}', ' 7 '):
        b = d.encode(enc)
        print(enc, repr(d), json.detect_encoding(b), json.loads(b))
for b in [b"", b"1", b"12", b"\x001", b"1\x00", b"123", b"\x00\x00\x00\x01", b"\x00\x01\x00\x02", b"\x01\x00\x00\x00", b"\x01\x00\x02\x00", b"\x01\x00\x00\x02",
          b"\x01\x00\x02\x00\x00", b"\x00\x00", b"\x00", b"\xef\xbb\xbf1", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\x00\x001", bytearray(b"\x001")]:
    print(b, json.detect_encoding(b))
for bad in ['json.loads("\\ufeff[1]")', 'json.loads(5)', 'json.loads(None)', 'json.loads(memoryview(b"1"))', 'json.loads("")', 'json.loads("[1,]")',
            'json.loads(b"\\xff")', 'json.loads("{\\"a\\" 1}")', 'json.loads("[1] x")', 'json.loads("1", bogus=1)', 'json.loads(b"\\x00\\x001")',
            'json.load(io.StringIO("\\ufeff1"))', 'json.loads("\\"\\t\\"")', 'json.loads("[1", cls=D)']:
    try:
        print(bad, repr(eval(bad)))
    except json.JSONDecodeError as e:
        print(bad, "JSONDecodeError", e, e.pos, e.lineno, e.colno, repr(e.doc)[:20])
    except Exception as e:
        print(bad, type(e).__name__, e)
