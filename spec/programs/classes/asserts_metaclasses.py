class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {'injected': 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls
class O(metaclass=OrderedMeta):
    b = 1
    a = 2
    def z(self): pass
class CallMeta(type):
    def __call__(cls, *a, **k):
        return ('intercepted', a, k)
class CM(metaclass=CallMeta):
    def __init__(self, x): self.x = x
class SingletonMeta(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Single(metaclass=SingletonMeta):
    def __init__(self, v=0): self.v = v
class NewOther:
    def __new__(cls): return 5
    def __init__(self): raise RuntimeError('never')
class NewSub:
    def __new__(cls, *a): return object.__new__(Sub2)
    def __init__(self, *a): self.inited = a
class Sub2(NewSub): pass
def kw_to_object():
    class K(x=1): pass
def bad_prepare():
    class M(type):
        @classmethod
        def __prepare__(m, n, b): return 1
    class K(metaclass=M): pass
def meta_not_callable():
    class K(metaclass=1): pass
def bases_not_class():
    class K(1): pass
def bases_not_class2():
    class K('abc'): pass
def set_name_err():
    class D:
        def __set_name__(self, o, n): raise ValueError('sn')
    class K:
        d = D()
def init_subclass_err():
    class B:
        def __init_subclass__(cls): raise TypeError('no subs')
    class C(B): pass
def mro_entries():
    class E:
        def __mro_entries__(self, bases): return (int,)
    class K(E()): pass
    return K.__mro__, K.__orig_bases__[0].__class__.__name__
def class_getitem_generic():
    class G:
        def __class_getitem__(cls, p): return f'G[{p.__name__}]'
    return G[int]
def type_new_3args():
    T = type('T', (object,), {'f': lambda self: 'f'})
    return T().f(), T.__name__, T.__module__
def type_new_bad():
    return type('T', (1,), {})
def type_qualname():
    T = type('T', (), {'__qualname__': 'Outer.T'})
    return T.__qualname__, repr(T)
def type_bad_qualname():
    return type('T', (), {'__qualname__': 1})
def slots_and_dict_conflict():
    class K:
        __slots__ = ['a', 'a']
def slots_weakref():
    class K:
        __slots__ = ('__weakref__',)
    return K.__slots__
def slots_nonstr():
    class K:
        __slots__ = (1,)
def classmethod_on_instance():
    class K:
        @classmethod
        def c(cls): return cls.__name__
    return K().c(), K.c()
def property_del():
    class K:
        @property
        def p(self): return 1
        @p.deleter
        def p(self): self.deleted = True
    k = K(); del k.p
    return k.deleted
def descriptor_priority():
    class D:
        def __get__(self, o, t): return 'data'
        def __set__(self, o, v): pass
    class N:
        def __get__(self, o, t): return 'nondata'
    class K:
        d = D(); n = N()
    k = K()
    k.__dict__['d'] = 'inst'
    k.__dict__['n'] = 'inst'
    return k.d, k.n
def super_in_classmethod():
    class A:
        @classmethod
        def f(cls): return 'A.f ' + cls.__name__
    class B(A):
        @classmethod
        def f(cls): return 'B>' + super().f()
    return B.f()
def super_attr_err():
    class A: pass
    class B(A):
        def f(self): return super().nope
    return B().f()
def super_outside():
    class A:
        def f(): return super()
    return A.f()

# ---- generated checks (expected values from CPython 3.11)

_n = _fails = 0

def _fail(line, got):
    global _fails
    _fails += 1
    print('FAIL', line, '->', got)

def check(line, fn, expected):
    global _n
    _n += 1
    try:
        got = fn()
    except Exception as e:
        _fail(line, 'raised %s: %s' % (type(e).__name__, e))
        return
    if repr(got) != expected:
        _fail(line, repr(got) + ' != ' + expected)

def assert_raises(line, fn, exc, msg):
    global _n
    _n += 1
    try:
        got = fn()
    except BaseException as e:
        if type(e).__name__ != exc or str(e) != msg:
            _fail(line, 'raised %s: %s (expected %s: %s)' % (type(e).__name__, e, exc, msg))
        return
    _fail(line, 'no exception, got %r (expected %s: %s)' % (got, exc, msg))

check('O.order', lambda: (O.order), "['injected', 'b', 'a', 'z']")
check('O.injected', lambda: (O.injected), '1')
check('type(O).__name__', lambda: (type(O).__name__), "'OrderedMeta'")
check('CM(1, k=2)', lambda: (CM(1, k=2)), "('intercepted', (1,), {'k': 2})")
check('Single(1) is Single(2)', lambda: (Single(1) is Single(2)), 'True')
check('Single(3).v', lambda: (Single(3).v), '1')
check('NewOther()', lambda: (NewOther()), '5')
check('type(NewSub()).__name__', lambda: (type(NewSub()).__name__), "'Sub2'")
check("getattr(NewSub(1), 'inited', None)", lambda: (getattr(NewSub(1), 'inited', None)), '(1,)')
assert_raises('kw_to_object()', lambda: (kw_to_object()), 'TypeError', 'kw_to_object.<locals>.K.__init_subclass__() takes no keyword arguments')
assert_raises('bad_prepare()', lambda: (bad_prepare()), 'TypeError', 'M.__prepare__() must return a mapping, not int')
assert_raises('meta_not_callable()', lambda: (meta_not_callable()), 'TypeError', "'int' object is not callable")
assert_raises('bases_not_class()', lambda: (bases_not_class()), 'TypeError', 'int() takes at most 2 arguments (3 given)')
assert_raises('bases_not_class2()', lambda: (bases_not_class2()), 'TypeError', "str() argument 'encoding' must be str, not tuple")
assert_raises('set_name_err()', lambda: (set_name_err()), 'RuntimeError', "Error calling __set_name__ on 'D' instance 'd' in 'K'")
assert_raises('init_subclass_err()', lambda: (init_subclass_err()), 'TypeError', 'no subs')
check('mro_entries()', lambda: (mro_entries()), "((<class '__main__.mro_entries.<locals>.K'>, <class 'int'>, <class 'object'>), 'E')")
check('class_getitem_generic()', lambda: (class_getitem_generic()), "'G[int]'")
check('type_new_3args()', lambda: (type_new_3args()), "('f', 'T', '__main__')")
assert_raises('type_new_bad()', lambda: (type_new_bad()), 'TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases')
check('type_qualname()', lambda: (type_qualname()), '(\'Outer.T\', "<class \'__main__.Outer.T\'>")')
assert_raises('type_bad_qualname()', lambda: (type_bad_qualname()), 'TypeError', 'type __qualname__ must be a str, not int')
check('slots_and_dict_conflict()', lambda: (slots_and_dict_conflict()), 'None')
check('slots_weakref()', lambda: (slots_weakref()), "('__weakref__',)")
assert_raises('slots_nonstr()', lambda: (slots_nonstr()), 'TypeError', "__slots__ items must be strings, not 'int'")
check('classmethod_on_instance()', lambda: (classmethod_on_instance()), "('K', 'K')")
check('property_del()', lambda: (property_del()), 'True')
check('descriptor_priority()', lambda: (descriptor_priority()), "('data', 'inst')")
check('super_in_classmethod()', lambda: (super_in_classmethod()), "'B>A.f B'")
assert_raises('super_attr_err()', lambda: (super_attr_err()), 'AttributeError', "'super' object has no attribute 'nope'")
assert_raises('super_outside()', lambda: (super_outside()), 'RuntimeError', 'super(): no arguments')
assert_raises('type(1, 2, 3)', lambda: (type(1, 2, 3)), 'TypeError', 'type.__new__() argument 1 must be str, not int')
assert_raises('type()', lambda: (type()), 'TypeError', 'type() takes 1 or 3 arguments')
check("type.__new__(type, 'X', (), {}).__name__", lambda: (type.__new__(type, 'X', (), {}).__name__), "'X'")
check("type.__init__(int, 'a', (), {})", lambda: (type.__init__(int, 'a', (), {})), 'None')
check("type.__prepare__('x', ())", lambda: (type.__prepare__('x', ())), '{}')
check("type('X', (), {}).__dict__['__dict__'].__class__.__name__", lambda: (type('X', (), {}).__dict__['__dict__'].__class__.__name__), "'getset_descriptor'")
check('isinstance(type, type)', lambda: (isinstance(type, type)), 'True')
check('isinstance(object, type)', lambda: (isinstance(object, type)), 'True')
check('issubclass(type, object)', lambda: (issubclass(type, object)), 'True')
print('ok', _n, _fails)
