# json error messages: JSONDecodeError messages, positions and attributes; encoder errors.
import json

def show(text, **kw):
    try:
        print(repr(text), '->', repr(json.loads(text, **kw)))
    except json.JSONDecodeError as e:
        print(repr(text), 'JSONDecodeError:', e)
        assert isinstance(e, ValueError)
        assert e.msg + ': line %d column %d (char %d)' % (e.lineno, e.colno, e.pos) == str(e)
        assert e.doc is text or isinstance(text, (bytes, bytearray))

for text in ['', ' ', '\n', '[', '[1,', '[1', '[1,]', '[,]', '[ ', '[1, ', '[1 ', '[1 2]', ']',
             '[-]', '[1,2', '{', '{ ', '{,}', '{"a"', '{"a" ', '{"a" 1}', '{"a":', '{"a":1',
             '{"a":1,}', '{"a": 1, ', '{1:2}', "{'a':1}", '{"a":1 "b":2}', '{"a":1}}',
             '1 2', '[1] [2]', '-', '-a', '--1', '+1', '01', '00', '-01', '1.', '.5', '1e', '1e+',
             '1.5e+', '1.5E', 'nul', 'tru', 'fals', 'None', 'True', 'nan', 'inf', '-inf',
             'NaNa', 'Infinityx', '"abc', '"a\\', '"a\\x"', '"\\"', '"\\u"', '"\\u1"', '"\\u12"',
             '"\\u123"', '"\\u1234', '"\\u12zz"', '"\\u-123"', '"\\u 123"', '"\\uGGGG"',
             '"\\ud834\\uzzzz"', '"\\ud834\\u12"', '"\\ud834\\u"', '"\\ud834\\udd1"',
             '"\\ud834\\udd1e', '"a\x01"', '"tab\there"', '"nl\n"', '"\x1f"', '\ufeff1',
             '\ufeff', '\n\n  [1,\n  x]', '{\n "a": 1,\n "b": ?\n}', '[1,\n\n\n', '"\\u00e9" x',
             '[1] garbage', '   \t\n\r  5  \t\n\r', '\x0c1', '1\x0b', '"\u00e9\x00"',
             '["\U0001d11e", x]', '{"\u00e9": nul}']:
    show(text)

# strict=False accepts control characters inside strings
show('"tab\there\nnewline\x00"', strict=False)
show('"tab\there\nnewline\x00', strict=False)

# bytes input
show(b'[1, 2')
show(b'{"a": 1} x')
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads(bytearray(b'[true]')))
print(json.loads('"\u00e9"'.encode('utf-16')), json.loads('[1]'.encode('utf-16-le')))
print(json.loads('[1]'.encode('utf-16-be')), json.loads(b'\xef\xbb\xbf[2]'))
for bad in [5, None, ['[1]'], 1.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)

# attributes
try:
    json.loads('{"key": [1, 2,\n   3,, 4]}')
except ValueError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, repr(e.doc), e.args)
e = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, repr(e))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)

# raw_decode
dec = json.JSONDecoder()
for text, idx in [('1 x', 0), ('[1] 2', 0), ('abc 5', 4), ('{"a": 1}tail', 0), ('"s"', 0)]:
    print(dec.raw_decode(text, idx))
for text, idx in [(' 1', 0), ('x', 5), ('', 0), ('[', 0)]:
    try:
        dec.raw_decode(text, idx)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
try:
    dec.raw_decode('1', -1)
except ValueError as e:
    print(type(e).__name__, e)

# encoder errors
def err(value, **kw):
    try:
        print(json.dumps(value, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

class Thing:
    pass
for kw in [{}, {'indent': 2}]:
    err(float('nan'), allow_nan=False, **kw)
    err([1, float('inf')], allow_nan=False, **kw)
    err({'a': -float('inf')}, allow_nan=False, **kw)
    err({float('nan'): 1}, allow_nan=False, **kw)
    a = []
    a.append(a)
    err(a, **kw)
    d = {}
    d['x'] = [d]
    err(d, **kw)
    err({(1, 2): 3}, **kw)
    err({1: object()}, **kw)
    err([Thing()], **kw)
    err({2: 1, 'a': 2}, sort_keys=True, **kw)
    err(b'bytes', **kw)
    err({1, 2}, **kw)
    t = Thing()
    err(t, default=lambda o: o, **kw)
    err(t, default=lambda o: [o], **kw)
    err(t, default=lambda o: {'k': o}, **kw)
    err([1, 2], separators=(',',), **kw)
err(float('nan'), allow_nan=False, sort_keys=True)
err({1: 1}, nonsense=True)
try:
    json.JSONEncoder(True)
except TypeError as e:
    print('TypeError raised')
