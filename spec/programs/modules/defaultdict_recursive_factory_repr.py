# repr of a defaultdict whose default_factory's repr shows the dict itself (a bound method of
# it): the inner factory is shown as '...', no endless recursion.
from collections import defaultdict

class Tally(defaultdict):
    def __init__(self):
        super().__init__()
        self.default_factory = self.fresh
    def fresh(self):
        return []

t = Tally()
r = repr(t)
print(r.startswith('Tally(<bound method Tally.fresh of Tally(..., {})>'), r.endswith(', {})'))
t['a'].append(1)
r = repr(t)
print(r.count('...'), r.endswith("{'a': [1]})"))

class Shows:
    def __init__(self):
        self.target = None
    def __call__(self):
        return 0
    def __repr__(self):
        return 'Shows(%r)' % (self.target,)

f = Shows()
d = defaultdict(f)
f.target = d
d['x'] += 1
print(repr(d))
print(repr(defaultdict(None, {1: 2})), repr(defaultdict(list)))
