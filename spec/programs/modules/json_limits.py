# json edge cases: the int string-conversion limit, str subclasses as input and keys,
# JSONDecodeError.__reduce__, indent=0 with NaN/Infinity.
import json
for f in [lambda: json.loads('1' * 5000), lambda: json.dumps(10 ** 5000), lambda: json.loads('[' + '2' * 4300 + ']')[0] % 10, lambda: json.loads('1.' + '5' * 5000)]:
    try: print(f())
    except ValueError as e: print('ValueError:', e)
print(json.dumps({'a': 1}, indent=' '), json.dumps([1], indent=None, separators=None))
print(json.loads('{"a": 1}', object_hook=None, parse_float=None))
print(json.loads('"\\u0000\\u001f\\u007f"'), repr(json.loads('"\\b\\f"')))
class S(str): pass
print(json.loads(S('[1]')), json.dumps(S('x')), json.dumps({S('k'): S('v')}, indent=1))
e = json.JSONDecodeError('m', 'abc', 2)
print(e.__reduce__())
print(json.dumps([float('nan'), float('inf')], allow_nan=True, indent=0))

# bytes input: encodings detected from BOMs and zero bytes, undecodable bytes
for b in [b'', b'\xff', b'"\xed\xa0\x80"', b'[1, \x80]', '"\U0001d11e"'.encode('utf-32'), '[2]'.encode('utf-32-le'), '{"a":1}'.encode('utf-16-be'), b'\x00\x00\x00[']:
    try: print(repr(json.loads(b)))
    except Exception as e: print(type(e).__name__, e)
