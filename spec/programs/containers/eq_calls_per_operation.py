# how many times __eq__ / __lt__ run for each container operation (a dict miss looks up once)
calls = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        calls.append(('eq', self.v, getattr(o, 'v', o)))
        return isinstance(o, K) and self.v == o.v
    def __lt__(self, o):
        calls.append(('lt', self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f'K{self.v}'
def show(label, fn):
    calls.clear()
    try:
        r = fn()
    except Exception as e:
        r = type(e).__name__
    print(label, r, calls)
a, b, c = K(1), K(2), K(3)
d = {a: 'a', b: 'b'}
show('dict hit', lambda: d[K(2)])
show('dict miss', lambda: d[K(9)])
show('dict get miss', lambda: d.get(K(9)))
show('dict in', lambda: K(2) in d)
show('dict pop', lambda: d.pop(K(9), None))
show('dict setdefault', lambda: d.setdefault(K(2), 'x'))
show('dict set existing', lambda: d.__setitem__(K(1), 'A'))
s = {a, b}
show('set in', lambda: K(2) in s)
show('set add', lambda: s.add(K(2)))
show('set discard', lambda: s.discard(K(9)))
show('set remove miss', lambda: s.remove(K(9)))
l = [a, b, c]
show('list in', lambda: K(3) in l)
show('list index', lambda: l.index(K(2)))
show('list count', lambda: l.count(K(2)))
show('list remove', lambda: [a, b, c].remove(K(3)))
show('list eq', lambda: [K(1), K(2)] == [K(1), K(3)])
show('tuple lt', lambda: (K(1), K(2)) < (K(1), K(3)))
show('list lt', lambda: [K(1)] < [K(2)])
show('sorted', lambda: sorted([K(3), K(1), K(2)]))
show('max', lambda: max([K(3), K(1), K(2)]))
show('min', lambda: min(K(3), K(1)))
show('identity', lambda: a in [a])
show('dict eq', lambda: {1: K(1)} == {1: K(1)})
show('set eq', lambda: {K(1)} == {K(1)})
show('frozenset build', lambda: len(frozenset([K(1), K(1), K(2)])))
show('dict fromkeys', lambda: len(dict.fromkeys([K(1), K(1)])))
show('tuple in', lambda: K(2) in (a, b))
show('tuple index', lambda: (a, b).index(K(2)))
show('tuple count', lambda: (a, b, K(2)).count(K(2)))
import operator
show('contains op', lambda: operator.contains([a], K(1)))
show('list ne', lambda: [K(1)] != [K(1)])
