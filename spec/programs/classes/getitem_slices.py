# __getitem__, __setitem__ and __delitem__ receive ints, slices and tuples.
class Grid:
    def __init__(self):
        self.log = []

    def __getitem__(self, key):
        self.log.append(('get', key))
        return key

    def __setitem__(self, key, value):
        self.log.append(('set', key, value))

    def __delitem__(self, key):
        self.log.append(('del', key))


g = Grid()
g[1]
g[1:2]
g[::3]
g[1, 2]
g[1:2, ::-1]
g[...]
g['k'] = 'v'
g[0:1] = [9]
del g[5]
del g[:]
for entry in g.log:
    print(entry)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5))
