x = 'global'
class C(Base, metaclass=Meta, **kw):
    """doc"""
    x = 'class'
    y = x
    def method(self):
        return x, y
    def __init__(self):
        self.z = 1
    class Inner:
        w = x
        def m2(self):
            return w

def factory():
    attr = 1
    other = 2
    class D:
        attr = attr
        other = 3
        def m(self):
            return attr, other
        print(other)
    return D

def f():
    v = 1
    class E:
        global v
        def m(self):
            return v
    return E

class F:
    def g(self):
        return F
