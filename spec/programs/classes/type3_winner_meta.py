# type(name, bases, ns) with a base whose metaclass has its own __new__: type.__new__ hands over
# to that metaclass's __new__ only; __init__ runs once (from type.__call__).
calls = []

class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        calls.append(("new", mcls.__name__, name))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        calls.append(("init", name))
        super().__init__(name, bases, ns)

class A(metaclass=M):
    pass

calls.clear()
X = type("X", (A,), {"v": 1})
print(type(X).__name__, X.v, calls)

calls.clear()
Y = type.__new__(type, "Y", (A,), {})
print(type(Y).__name__, calls)

class N(type):
    def __init__(cls, *a):
        calls.append(("N.init", a[0]))
class B(metaclass=N):
    pass
calls.clear()
Z = type("Z", (B,), {})
print(type(Z).__name__, calls)
