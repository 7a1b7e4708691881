# dict.setdefault hashes and compares its key once; a mappingproxy (a class __dict__,
# types.MappingProxyType, dict views' .mapping) compares equal to the mapping it wraps.
import types

class Counted:
    def __init__(self, name):
        self.name = name
        self.hashes = 0
        self.eqs = 0
    def __hash__(self):
        self.hashes += 1
        return 42
    def __eq__(self, other):
        self.eqs += 1
        return self is other

a = Counted('a')
d = {a: 1}
b = Counted('b')
print(d.setdefault(b, 'new'), a.hashes, b.hashes, a.eqs + b.eqs)
print(d.setdefault(b, 'other'), b.hashes, a.eqs + b.eqs)
print(d.setdefault(a), len(d))
c = Counted('c')
print(repr(d.setdefault(c)), c.hashes, list(d.values()))
print({}.setdefault('k'), {1: 2}.setdefault(1, 3), {(1, 2): 'x'}.setdefault((1, 2)))
try:
    {}.setdefault([])
except TypeError as e:
    print(e)

e = {'x': 1}
for m in (e.keys().mapping, e.values().mapping, e.items().mapping):
    print(type(m).__name__, m == e, m != e, e == m)
e['y'] = 2
print(e.keys().mapping == {'x': 1, 'y': 2}, e.items().mapping == {'x': 1})

p = types.MappingProxyType({'k': 'v'})
print(p == {'k': 'v'}, {'k': 'v'} == p, p != {'k': 'w'}, p == p)
print(p == types.MappingProxyType({'k': 'v'}))
try:
    p < {'k': 'v'}
except TypeError as e:
    print('TypeError', e)

class K:
    attr = 1
print(K.__dict__ == dict(K.__dict__), K.__dict__ == {})
