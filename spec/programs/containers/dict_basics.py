# Dicts keep insertion order; methods return views and defaults.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'), d.setdefault('a', 99), d.setdefault('n', []))
print(d.pop('c'), d.pop('missing', 'fallback'), d)
try:
    d.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
del d['x']
print('x' in d, 'y' in d, d.keys() & {'y', 'q'}, sorted(d.items()))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({'k': 'v'}, k2='v2'))
try:
    d['nothing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print({**{'a': 1}, 'b': 2, **{'a': 3}}, {'a': 1} | {'b': 2}, {} or 'empty')
