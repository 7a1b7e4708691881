# Tuple keys in dicts: a tuple of plain values hashes the same every time, while a tuple holding
# an object whose __hash__ changes (or prints) is rehashed at every lookup, as in CPython.
class H:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        H.calls += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return f'H({self.v})'
d = {}
h = H(1)
key = (h, 'x')
d[key] = 'first'
print(key in d, d.get(key), H.calls)
h.v = 2
print(key in d, d.get(key, 'missing'), H.calls)
h.v = 1
print(key in d, d[key], H.calls)
nested = ((1, 2), ('a', (3.5, None, True)), -7, 2 ** 80)
d2 = {nested: 1}
for i in range(5):
    d2[nested] += i
print(d2, d2[((1, 2), ('a', (3.5, None, True)), -7, 2 ** 80)])
memo = {}
for i in range(200):
    k = (i % 7, i % 5)
    if k in memo:
        memo[k] += 1
    else:
        memo[k] = 1
print(len(memo), memo[(3, 3)], list(memo.items())[:6])
inner = H(5)
outer = ((inner,), 0)
d3 = {outer: 'o'}
print(d3.get(outer), H.calls)
inner.v = 6
print(d3.get(outer, 'gone'), H.calls)
print({(1.0, 2): 'f'}[(1, 2)], {(True,): 't'}.get((1,)), {(0.0,): 'z'}.get((-0.0,)))
t = (float('nan'),)
print({t: 1}.get(t), {t: 1}.get((float('nan'),)))
