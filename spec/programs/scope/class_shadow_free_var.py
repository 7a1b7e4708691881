# A class-level binding of a name that is also a function local: class body then uses *_NAME.
x = 'global x'


def f():
    x = 'function x'

    class C:
        print('C sees', x)
        x = 'class x'
        print('C now', x)

    class D:
        print('D sees', x)
        y = x

    class E:
        locals()['x'] = 'from locals dict'
        print('E sees', x)
    return C, D, E


C, D, E = f()
print(C.x, D.y)


y = 'global y'


def g():
    y = 'cell y'

    class F:
        seen = y
        y = 'class y'
        after = y

        def m(self):
            return y
    return F


F = g()
print(F.seen, F.after, F().m(), F.y)
del y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
