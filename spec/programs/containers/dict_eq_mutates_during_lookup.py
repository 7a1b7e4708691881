# A key's __eq__ that empties or refills the dict while a lookup compares it: the lookup
# must start again on the changed table (no stale positions), whatever __eq__ answers.

class Clash:
    """All instances share one hash; __eq__ may run a side effect first."""
    def __init__(self, name, effect=None):
        self.name = name
        self.effect = effect
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.effect is not None:
            effect, self.effect = self.effect, None
            effect()
        return self is other
    def __repr__(self):
        return self.name

d = {}
a = Clash('a', lambda: d.clear())
b = Clash('b')
d[a] = 1
print(b in d, len(d))          # the comparison with a clears d, answers False

d = {}
c = Clash('c', lambda: d.clear())
d[c] = 1
d[Clash('x')] = 2
print(len(d), d.get(Clash('y'), 'missing'))

# __eq__ that removes other keys of the same bucket
d = {}
keys = [Clash('k%d' % i) for i in range(4)]
for i, k in enumerate(keys):
    d[k] = i
keys[0].effect = lambda: [d.pop(k) for k in keys[1:]]
print(keys[3] in d, sorted(d.values()))

# __eq__ that adds keys (the table may grow)
d = {}
grow = Clash('g', lambda: d.update({n: n for n in range(50)}))
d[grow] = 'g'
print(Clash('z') in d, len(d))

# set.difference against a dict whose keys' __eq__ clears it
s = {Clash('s1'), Clash('s2')}
victim = {}
def wipe():
    victim.clear()
victim[Clash('v', wipe)] = None
print(len(s.difference(victim)), len(victim))
