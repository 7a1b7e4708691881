# A call's callee read in each way a name can be bound (the tree-walker reads a Name callee
# through its binding on the Call node): fast local, cell, global, builtin, a global that later
# shadows a builtin and is deleted again, unbound locals and free variables, non-callables.
def double(x):
    return 2 * x


def use_local():
    g = double
    out = [g(1)]
    g = len
    out.append(g('abc'))
    return out


def use_cell():
    h = double

    def inner(v):
        return h(v)

    out = [inner(5)]
    h = abs
    out.append(inner(-5))
    return out


print(use_local(), use_cell())


def calls_len(s):
    return len(s)


print(calls_len('xy'))
len = lambda s: 'shadowed'
print(calls_len('xy'))
del len
print(calls_len('xyz'))


def swap_global():
    return double(3)


print(swap_global())
double = lambda x: x + 100
print(swap_global())
del double
try:
    swap_global()
except NameError as e:
    print('NameError:', e)


def unbound_callee():
    try:
        return k(1)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    k = 1


unbound_callee()


def free_unbound():
    def inner():
        return fn(2)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    fn = str
    return inner()


print(repr(free_unbound()))


def not_callable():
    n = 3
    try:
        n(1)
    except TypeError as e:
        print('TypeError:', e)
    try:
        print_it = None
        print_it()
    except TypeError as e:
        print('TypeError:', e)


not_callable()


class K:
    def __init__(self, a, b):
        self.s = a + b


def make():
    cls = K
    return cls(1, 2).s, K(3, 4).s


print(make())
