x = "global"
def f():
    x = "enclosing"
    class C:
        y = x
        x = "class"
        z = x
        def m(self):
            return x
    return C
C = f()
print(C.y, C.z, C().m())
def g():
    x = "enclosing"
    class D:
        print(x)
        w = [x for _ in range(1)]
    return D
g()
class E:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals]
    except NameError as e:
        err = str(e)
    factor = 3
    try:
        scaled = [v * factor for v in range(2)]
    except NameError as e:
        err2 = str(e)
print(E.doubled, E.bad if hasattr(E, 'bad') else E.err, E.err2)
class F:
    a = 1
    b = a + 1
    def meth(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(F.b, F().meth())
