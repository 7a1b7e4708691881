# Subclassing dict: __missing__, and which methods bypass an overridden __getitem__.
class Default(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = Default(a=1)
print(d['a'], d['hello'], d)
print(d.get('zz'), 'zz' in d)


class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key).upper()

    def __setitem__(self, key, value):
        super().__setitem__(key, value + '!')


u = Upper()
u['k'] = 'v'
print(u['k'], u.get('k'), dict(u), list(u.values()))
u2 = Upper(x='y')
print(dict(u2))
u2.update(z='w')
print(dict(u2))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))
