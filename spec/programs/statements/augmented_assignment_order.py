# Augmented assignment to attributes and subscripts evaluates the target once.
log = []


class Box:
    def __init__(self):
        self._v = 1

    def __getattr__(self, name):
        raise AttributeError(name)

    @property
    def v(self):
        log.append('get v')
        return self._v

    @v.setter
    def v(self, value):
        log.append(f'set v {value}')
        self._v = value


def box():
    log.append('eval box')
    return b


b = Box()
box().v += 5
print(log, b.v)
log.clear()


class Seq(list):
    def __getitem__(self, i):
        log.append(f'getitem {i}')
        return super().__getitem__(i)

    def __setitem__(self, i, value):
        log.append(f'setitem {i} {value}')
        super().__setitem__(i, value)


def idx():
    log.append('eval index')
    return 0


s = Seq([10])
s[idx()] += 1
print(log, s)
d = {'k': [1]}
d['k'] += [2]
t = [[0]]
t[0] *= 2
print(d, t)
