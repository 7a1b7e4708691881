# object.__setattr__ / __delattr__ may not bypass type's own __setattr__ (CPython's hackcheck).
class A:
    pass


class Meta(type):
    pass


class B(metaclass=Meta):
    pass


class Logged(type):
    def __setattr__(cls, name, value):
        print('Logged.__setattr__', name)
        super().__setattr__(name, value)


class C(metaclass=Logged):
    pass


attempts = [
    ('object.__setattr__(A)', lambda: object.__setattr__(A, 'x', 1)),
    ('object.__delattr__(A)', lambda: object.__delattr__(A, 'x')),
    ('object.__setattr__(B)', lambda: object.__setattr__(B, 'x', 1)),
    ('object.__setattr__(int)', lambda: object.__setattr__(int, 'x', 1)),
    ('object.__setattr__(C)', lambda: object.__setattr__(C, 'x', 1)),
    ('type.__setattr__(A)', lambda: type.__setattr__(A, 'y', 2)),
    ('type.__setattr__(A())', lambda: type.__setattr__(A(), 'y', 2)),
    ('type.__setattr__(int)', lambda: type.__setattr__(int, 'y', 2)),
    ('object.__setattr__(A())', lambda: object.__setattr__(A(), 'z', 3)),
    ('object.__setattr__(5)', lambda: object.__setattr__(5, 'z', 3)),
    ('object.__setattr__([])', lambda: object.__setattr__([], 'z', 3)),
    ('type.__setattr__(C)', lambda: type.__setattr__(C, 'w', 4)),
]
for label, f in attempts:
    try:
        print(label, '->', f())
    except (TypeError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)
print(A.y, C.w, hasattr(A, 'x'))
C.v = 5
print(C.v)


class S:
    def __setattr__(self, name, value):
        print('S.__setattr__', name)
        object.__setattr__(self, name, value)


class T(S):
    pass


t = T()
t.a = 1
object.__setattr__(t, 'b', 2)
print(t.a, t.b)
