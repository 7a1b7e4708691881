# JSONEncoder on many values and option sets: encode(), the chunks iterencode() yields, the
# one-shot path, key conversion and errors, circular references, attributes set by __init__,
# the pure-Python string quoting functions, and json.scanner's names.
import json
from json import encoder
from json.encoder import JSONEncoder
from enum import IntEnum
import collections

class O:
    def __init__(self, v): self.v = v
def dflt(o):
    if isinstance(o, O): return o.v
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
class I(int):
    def __repr__(self): return 'I!'
    def __str__(self): return 'Istr'
class F(float):
    def __repr__(self): return 'F!'
class S(str):
    pass
class Color(IntEnum):
    RED = 1
class L(list): pass
class D(dict): pass
class T(tuple): pass

def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, repr(r))

samples = [O(1), O('s'), O(None), O([1, O(2)]), O({'a': O(True)}), [O(1.5)], {'k': O([])},
           I(5), F(2.5), S('x"'), Color.RED, L([1, 2]), D(a=1), T((1, 2)), [I(3), F(1.0), S('q')],
           {I(1): 1, F(2.0): 2, S('k'): 3}, {Color.RED: 'r'}, float('nan'), [float('inf')], {'x': -float('inf')},
           {float('nan'): 1}, '\x00\x1f\x7f\x80\u2028\ud800\U0001f600"\\/\b\f\n\r\t', collections.OrderedDict(b=1, a=2),
           {True: 1, False: 2, None: 3}, [[[]]], {'a': {'b': {}}}, 10**30, -0.0, 1e300, 1e-7]
opts = [{}, {'indent': 2}, {'indent': '--'}, {'sort_keys': True}, {'separators': (';', '=')},
        {'ensure_ascii': False}, {'allow_nan': False}, {'allow_nan': False, 'indent': 1},
        {'check_circular': False}, {'skipkeys': True}, {'indent': 0, 'separators': (',', ':')}]
for kw in opts:
    for i, s in enumerate(samples):
        run(f'{kw} {i} enc', lambda: JSONEncoder(default=dflt, **kw).encode(s))
        run(f'{kw} {i} it', lambda: list(JSONEncoder(default=dflt, **kw).iterencode(s)))
        run(f'{kw} {i} one', lambda: ''.join(JSONEncoder(default=dflt, **kw).iterencode(s, _one_shot=True)))
# errors
bad = [{1j: 1}, {(1, 2): 3}, {'a': 1, 2: 'b', 'c': object()}, [object()], object(), {b'x': 1}, {1: 1, 'a': 2}]
for kw in [{}, {'skipkeys': True}, {'sort_keys': True}, {'indent': 2}, {'skipkeys': True, 'indent': 2}, {'skipkeys': True, 'sort_keys': True}]:
    for i, b in enumerate(bad):
        run(f'bad {kw} {i} enc', lambda: JSONEncoder(**kw).encode(b))
        run(f'bad {kw} {i} it', lambda: list(JSONEncoder(**kw).iterencode(b)))
# circular
a = []; a.append(a)
d = {}; d['self'] = d
class C: pass
c = C()
def selfish(o): return [o]
for kw in [{}, {'indent': 2}]:
    for i, x in enumerate([a, d, [a], {'x': [d]}]):
        run(f'circ {kw} {i} enc', lambda: JSONEncoder(**kw).encode(x))
        run(f'circ {kw} {i} it', lambda: list(JSONEncoder(**kw).iterencode(x)))
    run(f'circ default {kw}', lambda: JSONEncoder(default=selfish, **kw).encode(c))
    run(f'circ default it {kw}', lambda: list(JSONEncoder(default=selfish, **kw).iterencode(c)))
    run(f'default twice {kw}', lambda: JSONEncoder(default=lambda o: 7, **kw).encode([c, c, {'k': c}]))
    run(f'shared {kw}', lambda: JSONEncoder(**kw).encode([[1], [1]] and (lambda q: [q, q, {'a': q}])([1])))
# attributes
e = JSONEncoder()
print(sorted(vars(e).items()), list(vars(e)), e.item_separator, e.key_separator)
e = JSONEncoder(indent=3, separators=None)
print(list(vars(e).items()))
e = JSONEncoder(separators=('a', 'b'), default=len)
print(list(vars(e).items()) == [('skipkeys', False), ('ensure_ascii', True), ('check_circular', True), ('allow_nan', True), ('sort_keys', False), ('indent', None), ('item_separator', 'a'), ('key_separator', 'b'), ('default', len)])
run('seps3', lambda: JSONEncoder(separators=(1, 2, 3)))
run('seps1', lambda: JSONEncoder(separators='a'))
run('seps int', lambda: JSONEncoder(separators=5))
run('pos', lambda: JSONEncoder(True))
run('kw', lambda: JSONEncoder(foo=1))
run('default', lambda: JSONEncoder().default(b'x'))
run('enc S', lambda: JSONEncoder().encode(S('é')))
run('enc S2', lambda: JSONEncoder(ensure_ascii=False).encode('é\n'))
run('py_basestring', lambda: encoder.py_encode_basestring('\x00\x7f\x80é"\\\u2028\ud800\U0001f600'))
run('py_basestring_ascii', lambda: encoder.py_encode_basestring_ascii('\x00\x7f\x80é"\\\u2028\ud800\U0001f600 ~'))
run('c_basestring', lambda: encoder.encode_basestring('\x00\x7f\x80é"\\'))
run('bs err', lambda: encoder.py_encode_basestring(5))
run('bsa err', lambda: encoder.py_encode_basestring_ascii(5))
print(encoder.INFINITY)
class Sub(JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
    def iterencode(self, o, _one_shot=False):
        for ch in super().iterencode(o, _one_shot):
            yield ch.upper()
run('sub', lambda: Sub().encode({'a': {3, 1, 2}, 'b': 'x'}))
run('sub2', lambda: json.dumps({'a': {3, 1}}, cls=Sub, indent=1))
class Sub2(JSONEncoder):
    def iterencode(self, o, _one_shot=False): return 'abc'
run('sub3', lambda: Sub2().encode([1]))
class Sub3(JSONEncoder):
    def iterencode(self, o, _one_shot=False): return 5
run('sub4', lambda: Sub3().encode([1]))
run('indent float', lambda: JSONEncoder(indent=2.0).encode([1]))
run('indent neg', lambda: JSONEncoder(indent=-1).encode([1, [2]]))
run('indent obj', lambda: JSONEncoder(indent=[1]).encode([1]))
run('sep nonstr', lambda: JSONEncoder(separators=(1, 2)).encode([1, 2]))
run('sep nonstr it', lambda: list(JSONEncoder(separators=(1, 2)).iterencode([1, 2])))
run('sep nonstr it d', lambda: list(JSONEncoder(separators=(1, 2)).iterencode({'a': 1})))

import json.scanner as s
print(s.NUMBER_RE, s.NUMBER_RE is s.NUMBER_RE, s.NUMBER_RE.match('-0.5E+2').groups())
try:
    s.nope
except AttributeError as e:
    print(e)
import json
d = json.JSONDecoder()
print(s.py_make_scanner(d)('[1, "a", {"b": null}]', 0), s.make_scanner(d)('  1', 2))
try:
    s.py_make_scanner(d)('x', 0)
except StopIteration as e:
    print('stop', e.value)
print(s.__all__)
