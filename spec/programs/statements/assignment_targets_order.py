# Assignment evaluates the right side first, then targets left to right.
log = []


class Target:
    def __setattr__(self, name, value):
        log.append(f'set {name}={value}')


class Index:
    def __setitem__(self, k, v):
        log.append(f'item {k}={v}')


def rhs():
    log.append('rhs')
    return 1, 2


t, i = Target(), Index()
t.a, i['k'] = rhs()
print(log)
log.clear()
t.x = i[0] = 'chained'
print(log)
a = [0, 0, 0]
n = 0
n, a[n] = 2, 'which index?'
print(a)
x = [1, 2, 3]
x[0], x[1] = x[1], x[0]
print(x)
