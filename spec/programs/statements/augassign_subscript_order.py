# Augmented assignment to subscripts and attributes: evaluation order of the container, the
# index, the right-hand side, __getitem__/__setitem__ and __getattr__/__setattr__ (logged),
# in-place operators returning new objects, and a hot loop of a[i] op= x on floats.
log = []


class Box:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        log.append(('get', k))
        return self.data[k]

    def __setitem__(self, k, v):
        log.append(('set', k, v))
        self.data[k] = v


class Obj:
    def __getattr__(self, name):
        log.append(('getattr', name))
        return 10

    def __setattr__(self, name, v):
        log.append(('setattr', name, v))
        object.__setattr__(self, name, v)


def key(k):
    log.append(('key', k))
    return k


def val(v):
    log.append(('val', v))
    return v


b = Box([1, 2, 3])
b[key(0)] += val(5)
b[key(2)] *= val(3)
b[key(1)] -= b[key(0)]
print(b.data, log)
log.clear()

o = Obj()
o.x += val(1)
o.x += val(2)
print(o.x, log)
log.clear()

grid = [[1.5, 2.5], [3.5, 4.5]]
for i in range(2):
    for j in range(2):
        grid[i][j] *= 2
        grid[i][j] -= i + j
print(grid)

d = {'a': [1], 'b': (2,)}
d['a'] += [3]
d['b'] += (4,)
print(d)

v = [0.0, 0.0, 0.0]
dt = 0.01
for step in range(1000):
    v[0] += dt * 1.5
    v[1] -= dt * v[0]
    v[2] += v[1] * v[0]
print([round(x, 9) for x in v])
