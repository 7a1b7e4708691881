# JSONEncoder/JSONDecoder classes: iterencode chunks, dump/load to file-like objects,
# subclasses, encode() of strings, cls= for loads.
import json

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.skipkeys, enc.ensure_ascii, enc.check_circular,
      enc.allow_nan, enc.sort_keys, enc.indent)
print(repr(json.JSONEncoder(indent=2).item_separator), repr(json.JSONEncoder(indent=2).key_separator))
print(enc.encode('x\u00e9'), json.JSONEncoder(ensure_ascii=False).encode('x\u00e9'))
print(enc.encode([1, {'a': (2, 3)}]))
print(list(enc.iterencode('x')), list(enc.iterencode(5)), list(enc.iterencode(None)))
print(list(enc.iterencode([1, 'a', [2, {'b': None}], 1.5, [], {}, True])))
print(list(enc.iterencode({'k': [1, {'x': 'y'}], 'j': 2.5, 'n': None})))
print(list(json.JSONEncoder(indent=2).iterencode({'k': [1, {}], 'j': {'z': 1}, 'e': []})))
print(list(json.JSONEncoder(indent='\t', sort_keys=True).iterencode([{'b': [1], 'a': 0}, 'x'])))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 1, 'a': 2, 2: [3]})))
print(''.join(json.JSONEncoder(indent=1).iterencode([[1, [2]], {'a': {'b': []}}])))
gen = enc.iterencode([1, 2])
print(type(gen).__name__, next(gen), list(gen))

class Unknown:
    pass
g = enc.iterencode([1, 'two', Unknown()])
print(next(g), next(g))
try:
    next(g)
except TypeError as e:
    print('TypeError:', e)

# dump / load with file-like objects
class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w)
print(w.chunks)
w = Writer()
json.dump([1, {'k': 'v'}], w, indent=2, sort_keys=True)
print(w.chunks, ''.join(w.chunks))
w = Writer()
try:
    json.dump([1, 2, float('nan')], w, allow_nan=False)
except ValueError as e:
    print('ValueError:', e, w.chunks)
w = Writer()
try:
    json.dump({'ok': 1, 'bad': Unknown()}, w)
except TypeError as e:
    print('TypeError:', e, w.chunks)
print(json.load(Reader('{"x": [1, 2, 3]}')))
print(json.load(Reader(b'[1, 2]')), json.load(Reader('{"a": 1}'), object_hook=lambda d: d['a']))
try:
    json.load(Reader('{"x": }'))
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)

# encoder subclasses
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
print(json.dumps({'s': {3, 1, 2}, 'f': frozenset('ba')}, cls=SetEncoder))
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder, indent=2))
print(SetEncoder(sort_keys=True).encode({'b': {1}, 'a': set()}))
print(list(SetEncoder().iterencode([{5, 4}])))

class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({'a': 'b'}, cls=UpperEncoder))

class ExtraArgEncoder(json.JSONEncoder):
    def __init__(self, *, prefix='', **kw):
        super().__init__(**kw)
        self.prefix = prefix
    def default(self, o):
        return self.prefix + type(o).__name__
print(json.dumps([Unknown(), 1], cls=ExtraArgEncoder, prefix='obj:'))

# default given both ways: keyword wins over the method
print(json.dumps([Unknown()], cls=ExtraArgEncoder, default=lambda o: 'kw'))

# decoder subclasses and cls=
class LoggingDecoder(json.JSONDecoder):
    def decode(self, s):
        print('decoding', repr(s))
        return super().decode(s)
print(json.loads('[1]', cls=LoggingDecoder))
class HookDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=HookDecoder))
print(json.loads('[1.5]', cls=HookDecoder, parse_float=str))
try:
    json.loads('[1]', nonsense=1)
except TypeError as e:
    print('TypeError:', e)

print(sorted(json.__all__), json.__version__)
print(json.encoder.encode_basestring('a"\u00e9\n'), json.encoder.encode_basestring_ascii('a"\u00e9\n'))
print(json.detect_encoding(b'{}'), json.detect_encoding('{}'.encode('utf-16-le')),
      json.detect_encoding('{}'.encode('utf-32-be')), json.detect_encoding(b'\xef\xbb\xbf{}'))
