# json.loads: all value kinds, whitespace, escapes, surrogate pairs, duplicate keys and hooks.
import json
from collections import OrderedDict

for text in ['null', 'true', 'false', '0', '-0', '7', '-12', '12345678901234567890123', '1.5',
             '-0.0', '1e5', '1E5', '1e-5', '2.5E+3', '-1.25e-2', '1e400', '-1e400', '0.1',
             '"s"', '""', '[]', '{}', '[[]]', '[{}]', 'NaN', 'Infinity', '-Infinity',
             '[1, 2.0, "3", null, true, false, [], {}]',
             '{"a": {"b": {"c": [1, {"d": null}]}}}', ' \t\n\r[ 1 ,\t2\n,\r3 ] \n',
             '{ "k" : "v" , "n" : -1 }', '{"a": 1, "b": 2, "a": 3}', '{"": ""}',
             '"\\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u0041\\u00e9\\u4e2d\\uFFFF"',
             '"\\ud834\\udd1e"', '"\\uD834\\uDD1E"', '"\\ud834"', '"\\udd1e"', '"\\ud834x"',
             '"\\ud834\\n"', '"\\ud834\\u0041"', '"\\ud834\\ud834\\udd1e"', '"\\u0000"',
             '"caf\u00e9 \U0001d11e"', '["\x7f", "\u2028"]', '{"\u00e9": "\U0001f600"}']:
    value = json.loads(text)
    print(repr(text), '->', repr(value), type(value).__name__)

v = json.loads('[1e5, -0.0, 3]')
print([type(x).__name__ for x in v], repr(v[1]))

# hooks
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": {}}', object_pairs_hook=tuple, object_hook=dict.keys))
print(json.loads('[{"z": 1}]', object_hook=len))
print(json.loads('[1.5, 2, 1e3]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[1.10, 2]', parse_float=lambda s: ('F', s)))
print(json.loads('[-0, 10, -3]', parse_int=repr))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
def no_constants(name):
    raise ValueError('constant ' + name + ' not allowed')
try:
    json.loads('[1, NaN]', parse_constant=no_constants)
except ValueError as e:
    print('ValueError:', e)
print(json.loads('{"n": 1.5}', parse_float=float, parse_int=int))

class Tagged(dict):
    pass
def tag(d):
    t = Tagged(d)
    t.size = len(d)
    return t
r = json.loads('{"a": {"b": {}}}', object_hook=tag)
print(type(r).__name__, r.size, type(r['a']).__name__, r['a'].size, r['a']['b'].size)

# order of hook calls: innermost first
calls = []
def record(d):
    calls.append(sorted(d))
    return d
json.loads('{"outer": {"mid": {"inner": 1}}, "other": {"x": 2}}', object_hook=record)
print(calls)

# round trips
data = {"name": "Dyad", "version": [3, 11], "ratio": 0.25, "tags": ["a", "\u00e9", "\U0001d11e"],
        "nested": {"empty": {}, "list": [], "none": None, "flags": [True, False]},
        "text": "line1\nline2\t\"quoted\" \\ back"}
for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
    s = json.dumps(data, **kw)
    assert json.loads(s) == data, kw
    print(len(s), json.loads(s) == data)
print(json.loads(json.dumps([1.0, 0.1, 1e22, 1.7976931348623157e308, 5e-324])))

# JSONDecoder directly
dec = json.JSONDecoder(object_hook=lambda d: list(d.items()), parse_int=float)
print(dec.decode('{"k": [1, 2]}'), dec.raw_decode('{"a": 1} extra'))
print(dec.object_hook is not None, dec.parse_int is float, dec.parse_float is float, dec.strict)
print(json.JSONDecoder(strict=False).decode('"a\tb"'))
print(json.decoder.scanstring('"abc\\n" tail', 1), json.decoder.scanstring('x"y"', 2))
print(json.decoder.scanstring('abc" tail', 0), json.decoder.scanstring('"', 1 - 1))
try:
    json.decoder.scanstring('abc', 4)
except ValueError as e:
    print('ValueError:', e)
long_text = json.dumps('line "one"\n\ttwo \\ \u00e9\U0001d11e' * 2000)
print(len(long_text), json.loads(long_text) == 'line "one"\n\ttwo \\ \u00e9\U0001d11e' * 2000)
