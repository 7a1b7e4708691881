# __del__ runs when the last reference goes (CPython's reference counting) in the shapes Dyad
# finds without reference counts: a module-level or `global` name rebound, a dropped expression
# statement value, a function's locals and own cells at its return -- and not while anything
# still holds the object: the returned value, objects stored elsewhere, closures, an __init__'s
# self and what it holds, parameters a native caller passed (sorted's key), context managers.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)

    def __repr__(self):
        return f'A({self.n})'


a = A(1)
a = None
print('after rebind')
x = A(2)
x = A(3)
print('after rebind 2')
lst = [A(4)]
lst.pop()
print('after pop')
A(5)
print('after temporary')


def scope():
    c = A(6)
    print('in scope', c)


scope()
print('after scope')

keep = []


def make(n):
    made = A(n)
    return made


def stash(n):
    s = A(n)
    keep.append(s)


m = make(7)
stash(8)
print('kept', m, keep)


class Holder:
    def __init__(self, n):
        self.items = [A(n), A(n + 1)]
        items = self.items
        first = items[0]
        print('holder init', first)


h = Holder(9)
print('holder', h.items)


def closure(n):
    held = A(n)

    def get():
        return held
    return get


g = closure(11)
print('closure', g())


def pair(n):
    p = A(n)
    return (p, 'x')


pr = pair(12)
print('pair', pr)


def temp_list(n):
    tl = [A(n), A(n + 1)]
    print('list built', len(tl))


temp_list(13)
print('after temp_list')


def key(o):
    t = (o, 0)
    return t[0].n


ordered = sorted([A(21), A(20)], key=key)
print('sorted', ordered)


class Ctx:
    def __enter__(self):
        me = self
        return me

    def __exit__(self, *exc):
        mine = self
        print('exit', type(mine).__name__)


with Ctx() as cm:
    print('in with')
print('after with')


def rebind_global():
    global gv
    gv = A(30)
    gv = A(31)
    print('rebound global')


rebind_global()
print('end')
# Rebinding what is left, in an order of our own (a container's or instance's contents die with it).
x = None
gv = None
keep = None
m = None
h = None
pr = None
ordered = None
print('cleared')
