# __prepare__ supplies the namespace that the class body runs in.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        ns = Recording()
        ns['injected'] = 'from prepare'
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class C(metaclass=Meta, option=1):
    b = 1
    a = 2
    b = 3
    seen = injected

    def method(self):
        pass


print(C.order)
print(C.seen, C.b, type(C.__dict__).__name__)
