y = "global y"
class A:
    y = "class y"
    def f(self):
        return y
    g = lambda self: y
    h = [y for _ in range(1)]
print(A().f(), A().g(), A.h)
def make(val):
    class B:
        v = val
        def get(self):
            return val
        items = [val * i for i in range(3)]
    return B
B = make(2)
print(B.v, B().get(), B.items)
class C:
    x = 5
    class D:
        try:
            z = x
        except NameError as e:
            z = str(e)
print(C.D.z)
class E:
    n = 3
    def __init__(self):
        self.n = E.n * 2
    @classmethod
    def cm(cls):
        return cls.n
print(E().n, E.cm())
def outer():
    v = "enclosed"
    class F:
        v = "class attr"
        def m(self):
            return v
    return F().m(), F.v
print(outer())
class G:
    __private = "p"
    def get(self):
        return [self.__private for _ in range(1)]
print(G().get())
