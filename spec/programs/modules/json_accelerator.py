# The _json accelerator (json's C speedups in CPython): the edge cases its fast paths take,
# str/int/float/list/dict subclasses, NaN and infinities, non-str keys, hooks, errors with
# positions (also after astral characters), and its functions called directly.
import json
import _json
from json import decoder, encoder, scanner
from enum import IntEnum

print(decoder.scanstring is _json.scanstring, scanner.make_scanner is _json.make_scanner,
      encoder.c_make_encoder is _json.make_encoder,
      encoder.encode_basestring_ascii is _json.encode_basestring_ascii)

class S(str):
    pass
class I(int):
    def __repr__(self):
        return 'I!'
class F(float):
    def __repr__(self):
        return 'F!'
class L(list):
    def __iter__(self):
        return iter(['iterated'])
class T(tuple):
    pass
class D(dict):
    def items(self):
        return [('z', 1), ('a', 2)]
class Color(IntEnum):
    RED = 1

values = [S('s\u00e9'), I(5), F(2.5), L([1, 2]), T((3, 4)), D(q=0), Color.RED, True, None,
          10**30, -0.0, 1e300 * 10, -1e300 * 10, 1e16, 1.5e-7, 123456789012345678]
print(json.dumps(values))
print(json.dumps(values, indent=1))
print(ascii(json.dumps(values, ensure_ascii=False, sort_keys=True)))
print(json.dumps(float('nan')), json.dumps([float('nan')], indent=0))
for kw in [{}, {'indent': 2}]:
    for bad in [float('nan'), F('inf'), {float('-inf'): 1}]:
        try:
            json.dumps([bad], allow_nan=False, **kw)
        except ValueError as e:
            print('ValueError:', e)

# non-str keys, skipkeys, sort_keys
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', I(7): 'e', F(1.0): 'f', S('k'): 'g', 10**20: 'h'}))
print(json.dumps({'b': 1, 'a': {'d': [], 'c': {}}}, sort_keys=True, indent='--'))
print(json.dumps({(1, 2): 1, 'x': 2, object: 3, 'y': 4}, skipkeys=True))
print(json.dumps({(1, 2): 1, 'x': 2}, skipkeys=True, indent=1))
for bad in [{(1, 2): 1}, {1: 'a', 'b': 2}]:
    for kw in [{}, {'sort_keys': True}]:
        try:
            print(json.dumps(bad, **kw))
        except TypeError as e:
            print('TypeError:', e)

# separators, default=, circular references
print(json.dumps([1, {'a': [2, 3]}], separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, separators=('; ', ' = '), indent=3))
print(json.dumps([{1, 2}, complex(1, 2)], default=lambda o: sorted(o) if isinstance(o, set) else repr(o)))
loop = []
loop.append(loop)
d = {}
d['self'] = d
class Box:
    pass
box = Box()
for obj, kw in [(loop, {}), (d, {}), (loop, {'indent': 1}), (box, {'default': lambda o: [o]})]:
    try:
        json.dumps(obj, **kw)
    except ValueError as e:
        print('ValueError:', e)
try:
    json.dumps([Box()])
except TypeError as e:
    print('TypeError:', e)
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))

# the string escapers
for s in ['plain', 'q"b\\s/', '\x00\x1f\x7f\b\f\n\r\t', '\u00e9\u2028\U0001f600', '\ud800x\udfff']:
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
print(json.dumps(S('\u20ac')), json.dumps({S('\u20ac'): S('x')}, ensure_ascii=False))
try:
    _json.encode_basestring_ascii(5)
except TypeError as e:
    print('TypeError:', e)

# decoding: hooks, parse_* functions, strict
print(json.loads('{"a": [1, 2.5, -0, -0.0, 1e2, 1E-2, 10000000000000000000000]}'))
print(json.loads('[1, 2.5, 3]', parse_float=lambda t: ('f', t), parse_int=lambda t: ('i', t)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda t: t.lower()))
print(json.loads('[NaN, -Infinity]'))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('"tab\there"', strict=False), json.loads('{"k\\u00e9\\ud83d\\ude00": "\\ud800 \\udc00"}'))
print(json.loads('["\\ud83d\\u0041", "\\/\\b\\f\\n\\r\\t\\"\\\\"]'))
print(json.loads(' \n[ 1 ,\t2 ] \r\n'), json.loads('{}'), json.loads('[]'), json.loads('""'))
print(json.loads('"\u00e9\U0001f600x"'), json.loads('-12'), json.loads('0.5e+3'))

# decoding errors, positions counted in code points
docs = ['', '[1,', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[-]', '[1.]', '[01]', '"abc',
        '"a\\x"', '"\\u12"', '"\\u12x4"', '"\\ud800\\u12x4"', '["\t"]', 'nul', '[1] x',
        '\U0001f600', '["\U0001f600", x]', '{"\U0001f600\U0001f600": 1 2}', '1e', '-',
        'tru', '[Infinit]', '{"a": }', '"\\', '\n\n  [1,\n   2,,]']
for doc in docs:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, e.pos, e.lineno, e.colno)

# the scanner and scanstring called directly
scan = _json.make_scanner(json.JSONDecoder())
print(scan('["\U0001f600", 1] tail', 0), scan('xx 2.5', 3), scan('\U0001f600 7', 2))
for args in [('[1]', -1), ('[1]', 3), ('[1]', 10), ('x', 0)]:
    try:
        print(scan(*args))
    except (StopIteration, ValueError) as e:
        print(type(e).__name__, e)
print(_json.scanstring('"ab\\n" x', 1), _json.scanstring('\U0001f600"\U0001f600"', 2),
      _json.scanstring('a\tb"', 0, False))
for args in [('abc"', 5), ('abc"', -1), (5, 0), ('a\tb"', 0)]:
    try:
        print(_json.scanstring(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    scan(5, 0)
except TypeError as e:
    print('TypeError:', e)

# make_encoder called directly: a custom string encoder, markers, indent level argument
enc = _json.make_encoder(None, lambda o: 'dflt', lambda s: '<' + s + '>', None, ':', ',', False, False, True)
print(enc(['a', {'k': [S('v'), Box()]}], 0))
bad_enc = _json.make_encoder(None, None, lambda s: 5, None, ':', ',', False, False, True)
try:
    bad_enc(['a'], 0)
except TypeError as e:
    print('TypeError:', e)
try:
    _json.make_encoder([], None, None, None, ':', ',', False, False, True)
except TypeError as e:
    print('TypeError:', e)
