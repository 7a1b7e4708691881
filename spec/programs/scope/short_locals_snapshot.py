def f():
    a = 1
    loc = locals()
    b = 2
    print(sorted(loc))
    loc2 = locals()
    print(sorted(loc2), loc is loc2)
    loc['a'] = 100
    print(a)
f()
def g(x, *args, **kw):
    y = x
    return locals()
print(g(1, 2, k=3))
def h():
    v = 1
    def inner():
        return v
    return sorted(locals())
print(h())
print(vars() is globals(), locals() is globals())
class K:
    p = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
x = 1
print(vars(K)['p'])
try:
    vars(1)
except TypeError as e:
    print(e)
