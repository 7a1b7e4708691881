class A:
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        def inner():
            return super()
        return inner
    k = lambda self: super()
    l = [super() for _ in range(1)]
    def no_super(self):
        return self
    def super_as_local(self):
        super = 1
        return super

def not_in_class():
    return super()

class B:
    __class__ = 1
    def m(self):
        return __class__

def outer():
    __class__ = 'outer'
    class C:
        def m(self):
            return __class__
    return C

class D:
    super
    class E:
        def m(self):
            super().m()
