# `a, b = x, y` and `a, b, c = x, y, z` (CPython compiles them without a tuple): values are
# all evaluated first, targets are stored first to last.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = z, x, y
print(x, y, z)
a, a = 1, 2
print(a)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
class Trace:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
t = Trace()
t.p, t.q = 'P', 'Q'
t.p, t.q, t.r = t.q, t.p, 'R'
def f(n):
    print('eval', n)
    return n
[m, n] = f(1), f(2)
print(m, n)
(p, q), r = (f(3), f(4)), f(5)
print(p, q, r)
try:
    a, b = 5, 1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, a, b)
a, b = 1, 2
def fib(k):
    u, v = 0, 1
    for _ in range(k):
        u, v = v, u + v
    return u
print(fib(10), fib(90))
def rot(k):
    u, v, w = 1, 2, 3
    for _ in range(k):
        u, v, w = v, w, u
    return u, v, w
print(rot(1), rot(2), rot(30001))
def walrus():
    c, d = (e := 7), e + 1
    return c, d, e
print(walrus())
g = {}
exec('a, b = 3, 4\nglobal_order = [a, b]', g)
print(g['a'], g['b'], g['global_order'])
