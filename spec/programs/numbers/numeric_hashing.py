# Equal numbers hash equal, so they collide as dict keys and set members.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0.5), hash(-0.5), hash(2 ** 61 - 1), hash(2 ** 61 + 5), hash(-(2 ** 61 + 5)))
print(hash(1e100) == hash(int(1e100)), hash(10 ** 100) == hash(float(10 ** 100)))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d.keys())[0].__class__.__name__)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(len({1, 1.0, 2, 2.0, 3 + 0j}), {1.5: 'a'}[1.5])
print(hash(-1), hash(-1.0), hash(float('inf')), hash(0j))
