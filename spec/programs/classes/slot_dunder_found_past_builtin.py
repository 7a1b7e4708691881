# A slot is the Python wrapper when any of its dunders is found on a Python class in the MRO,
# even when a builtin earlier in the MRO defines one of the others (tuple.__getattribute__
# before P.__getattr__), as CPython's update_one_slot decides.
class P:
    def __getattr__(self, name):
        return ('ga', name)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()

class C(tuple, P):
    pass

class D(list, P):
    pass

class E(int, P):
    pass

for obj in (C(), D(), E(3)):
    print(type(obj).__name__, obj.foo, getattr(obj, 'bar'), getattr(obj, 'baz', 'dflt'))
    print(hasattr(obj, 'anything'), callable(obj.count) if isinstance(obj, (tuple, list)) else obj.real)

class Q:
    def __setattr__(self, name, value):
        print('Q.setattr', name, value)
        object.__setattr__(self, name, value)
    def __init_subclass__(cls):
        pass

class R(list, Q):
    pass

r = R()
r.x = 1
print(r.x)

# the rich comparison slot: float defines __lt__, a Python base defines __eq__
class Eq:
    def __eq__(self, other):
        return 'Eq.eq'
    __hash__ = object.__hash__
    def __init_subclass__(cls):
        pass

class F(float, Eq):
    pass

print(F(1.5) == 1.5, F(1.5) < 2.0, 1.5 == F(1.5))
