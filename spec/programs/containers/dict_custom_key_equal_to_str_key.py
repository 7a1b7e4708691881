# A key of a user class that hashes and compares like a str (or a float) finds the str/float
# key of a dict, for lookup, membership, get, setdefault and assignment (which updates that
# entry), also after more keys are added or some deleted.
class Wrap:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        return self.s == (other.s if isinstance(other, Wrap) else other)
    def __repr__(self):
        return 'Wrap(%r)' % (self.s,)

d = {'abc': 1, 'x': 2, 1.5: 'float', 7: 'int'}
print(d[Wrap('abc')], Wrap('x') in d, d.get(Wrap('nope')), d.get(Wrap(1.5)), d.get(Wrap(7)))
d[Wrap('abc')] = 10
print(d)
for i in range(50):
    d['k%d' % i] = i
print(d[Wrap('k42')], Wrap('k49') in d, Wrap('k50') in d)
del d['k42']
print(Wrap('k42') in d, d.setdefault(Wrap('k41'), 'dflt'), d.setdefault(Wrap('new'), 'dflt'))
d['k42'] = 'back'
print(d[Wrap('k42')], len(d))
d.clear()
print(Wrap('abc') in d)
d['abc'] = 'again'
print(d.get(Wrap('abc')))

class Lower(str):
    """A str whose equality and hash ignore case."""
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return self.lower() == str(other).lower()
headers = {'content-type': 'text/plain'}
print(headers.get(Lower('Content-Type')), Lower('CONTENT-TYPE') in headers)

class Ns:
    pass
obj = Ns()
obj.attr = 5
print(vars(obj).get(Wrap('attr')), Wrap('attr') in vars(obj))

calls = []
class Loud(Wrap):
    def __eq__(self, other):
        calls.append(other)
        return Wrap.__eq__(self, other)
    __hash__ = Wrap.__hash__
e = {'p': 1, 'q': 2}
print(e.get(Loud('q')), calls)
