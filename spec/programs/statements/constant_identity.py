# Equal float, complex, bytes and tuple literals of one compilation are one object (CPython's
# compiler merges constants across the module's code objects; `-1.5` is folded first), while
# computed values are new objects.
x = 1.5
n = -2.5
def f():
    return 1.5
def g():
    return b'ab', 2j, -0.0, 0.0, (1.5, b'ab')
def h():
    return -2.5, [1.5][0]
same = lambda a, b: a is b
print(same(1.0, 1.0), same(x, 1.5), f() is x, f() is f())
a, b, c, d, t = g()
print(a is b'ab', b is 2j, c is -0.0, d is 0.0, c is d, (0.0, -0.0)[1] is c)
print(t[0] is x, t[1] is a, t is g()[4], h()[0] is n, h()[1] is x)
y = [1e300 * 10, 2.5, x + 0.0, float('1.5')]
print(y[1] is 2.5, y[2] is x, y[3] is x, y[0] == 1e400)
code = compile('v = 1.5', 'c', 'exec')
ns = {}
exec(code, ns)
print(ns['v'] == x, type(ns['v']).__name__)
