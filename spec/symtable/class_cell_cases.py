class A:
    def assigns_class(self):
        __class__ = 1
        return super()
    def nested_class(self):
        class Inner:
            def m(self):
                return super()
        return Inner, __class__
    def deleter(self):
        del __class__
    lam = lambda: __class__
    x = 1
    fn = lambda: x

def f():
    def g():
        return __class__
    return g
