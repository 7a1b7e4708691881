class aug_test:
    def __init__(self, value):
        self.val = value
    def __add__(self, val):
        return self.val + val
class aug_test4(aug_test):
    """Blocks inheritance, and fallback to __add__"""
    __iadd__ = None
x = aug_test4(4)
try:
    x += 10
    print('no error', x)
except TypeError as e:
    print(e)
class B:
    __add__ = None
try:
    B() + 1
except TypeError as e:
    print(e)
try:
    1 + B()
except TypeError as e:
    print(e)
class R:
    __radd__ = None
try:
    1 + R()
except TypeError as e:
    print(e)
class L:
    __len__ = None
try:
    len(L())
except TypeError as e:
    print(e)
class I:
    __iter__ = None
try:
    iter(I())
except TypeError as e:
    print(e)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
class E:
    __eq__ = None
try:
    print(E() == E())
except TypeError as e:
    print(e)
class N:
    __neg__ = None
try:
    -N()
except TypeError as e:
    print(e)
class G:
    __getitem__ = None
try:
    G()[0]
except TypeError as e:
    print(e)
class C:
    __call__ = None
try:
    C()()
except TypeError as e:
    print(e)
class BoolN:
    __bool__ = None
try:
    bool(BoolN())
except TypeError as e:
    print(e)
class Ctx:
    __enter__ = None
    def __exit__(self, *a): pass
try:
    with Ctx():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Cont:
    __contains__ = None
try:
    1 in Cont()
except TypeError as e:
    print(e)
class Idx:
    __index__ = None
try:
    [1][Idx()]
except TypeError as e:
    print(e)
class Lt:
    __lt__ = None
try:
    Lt() < Lt()
except TypeError as e:
    print(e)
def booh(self):
    raise AttributeError("booh")
class EP:
    __eq__ = property(booh)
print(EP() == EP())
class AP:
    __add__ = property(booh)
try:
    AP() + 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    super(1, 2, 3)
except TypeError as e:
    print(e)
try:
    super(x=1)
except TypeError as e:
    print(e)
