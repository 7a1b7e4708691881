import abc
class A: pass
class B(A): pass
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(m, name, bases, ns)
class M2(type): pass
class WithMeta(metaclass=Meta, flag=1): pass
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='t'): pass
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return ('get', self.name, obj is None)
class HasDesc:
    d = Desc()
class Prop:
    @property
    def p(self): return 1
    @property
    def q(self): return self._q
    @q.setter
    def q(self, v): self._q = v
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
class Slots:
    __slots__ = ('a',)
class SlotsDict:
    __slots__ = ('a', '__dict__')
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
class NoEq:
    pass
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
class Counter:
    count = 0
    def __init__(self): type(self).count += 1
class NewOnly:
    def __new__(cls, *a): return 42
class InitReturns:
    def __init__(self): return 1
class GetAttr:
    def __getattr__(self, n): return n.upper()
class GetAttribute:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError('custom')
        return object.__getattribute__(self, n)
class SetAttr:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
class Ctx:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return True
def make_mro_conflict():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
def make_layout_conflict():
    class Z(int, str): pass
def make_slots_conflict():
    class Z:
        __slots__ = ('a',)
        a = 1
def make_meta_conflict():
    class P(metaclass=Meta): pass
    class Q(metaclass=M2): pass
    class R(P, Q): pass
def super_no_args():
    return super()
def super_bad():
    return super(int, 'x')
def final_bool():
    class Z(bool): pass
def subclass_instance():
    class Z(A()): pass
def dup_base():
    class Z(A, A): pass
def ctx_use():
    with Ctx() as v:
        raise ValueError
    return v
def ctx_bad():
    with 1:
        pass
def ctx_noexit():
    class E:
        def __enter__(self): pass
    with E():
        pass

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

check('WithMeta.kw', lambda: (WithMeta.kw), "{'flag': 1}")
check('type(WithMeta).__name__', lambda: (type(WithMeta).__name__), "'Meta'")
check('Sub.tag', lambda: (Sub.tag), "'t'")
check('HasDesc.d', lambda: (HasDesc.d), "('get', 'd', True)")
check('HasDesc().d', lambda: (HasDesc().d), "('get', 'd', False)")
check('Prop().p', lambda: (Prop().p), '1')
def _s6():
    Prop().p = 2
assert_raises('Prop().p = 2', _s6, 'AttributeError', "property 'p' of 'Prop' object has no setter")
def _s7():
    del Prop().p
assert_raises('del Prop().p', _s7, 'AttributeError', "property 'p' of 'Prop' object has no deleter")
assert_raises('Prop().q', lambda: (Prop().q), 'AttributeError', "'Prop' object has no attribute '_q'")
pq = Prop(); pq.q = 5
check('pq.q', lambda: (pq.q), '5')
assert_raises('Abs()', lambda: (Abs()), 'TypeError', "Can't instantiate abstract class Abs with abstract methods f, g")
check('type(Abs).__name__', lambda: (type(Abs).__name__), "'ABCMeta'")
assert_raises('Slots().a', lambda: (Slots().a), 'AttributeError', "'Slots' object has no attribute 'a'")
def _s14():
    Slots().b = 1
assert_raises('Slots().b = 1', _s14, 'AttributeError', "'Slots' object has no attribute 'b'")
s = Slots(); s.a = 1
check('s.a', lambda: (s.a), '1')
check('s.__slots__', lambda: (s.__slots__), "('a',)")
assert_raises('Slots().__dict__', lambda: (Slots().__dict__), 'AttributeError', "'Slots' object has no attribute '__dict__'")
sd = SlotsDict(); sd.z = 1
check('sd.__dict__', lambda: (sd.__dict__), "{'z': 1}")
check('Point(1, 2) == Point(1, 2)', lambda: (Point(1, 2) == Point(1, 2)), 'True')
check('Point(1, 2) != Point(1, 3)', lambda: (Point(1, 2) != Point(1, 3)), 'True')
assert_raises('hash(Point(1, 2))', lambda: (hash(Point(1, 2))), 'TypeError', "unhashable type: 'Point'")
check('NoEq() == NoEq()', lambda: (NoEq() == NoEq()), 'False')
check('CG[int]', lambda: (CG[int]), "('CG', <class 'int'>)")
check("CG['x']", lambda: (CG['x']), "('CG', 'x')")
assert_raises('A[int]', lambda: (A[int]), 'TypeError', "type 'A' is not subscriptable")
check('list[int]', lambda: (list[int]), 'list[int]')
check('dict[str, int]', lambda: (dict[str, int]), 'dict[str, int]')
check('list[int]([1, 2])', lambda: (list[int]([1, 2])), '[1, 2]')
check('type(list[int]).__name__', lambda: (type(list[int]).__name__), "'GenericAlias'")
check('(Counter(), Counter(), Counter.count)[2]', lambda: ((Counter(), Counter(), Counter.count)[2]), '2')
check('NewOnly()', lambda: (NewOnly()), '42')
assert_raises('InitReturns()', lambda: (InitReturns()), 'TypeError', "__init__() should return None, not 'int'")
check('GetAttr().foo', lambda: (GetAttr().foo), "'FOO'")
check("getattr(GetAttr(), 'x', 'dflt')", lambda: (getattr(GetAttr(), 'x', 'dflt')), "'X'")
assert_raises('GetAttribute().boom', lambda: (GetAttribute().boom), 'AttributeError', 'custom')
check("hasattr(GetAttribute(), 'boom')", lambda: (hasattr(GetAttribute(), 'boom')), 'False')
sa = SetAttr(); sa.v = 3
check('sa.v', lambda: (sa.v), '6')
assert_raises('make_mro_conflict()', lambda: (make_mro_conflict()), 'TypeError', 'Cannot create a consistent method resolution\norder (MRO) for bases X, Y')
assert_raises('make_layout_conflict()', lambda: (make_layout_conflict()), 'TypeError', 'multiple bases have instance lay-out conflict')
assert_raises('make_slots_conflict()', lambda: (make_slots_conflict()), 'ValueError', "'a' in __slots__ conflicts with class variable")
assert_raises('make_meta_conflict()', lambda: (make_meta_conflict()), 'TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases')
assert_raises('super_no_args()', lambda: (super_no_args()), 'RuntimeError', 'super(): no arguments')
assert_raises('super_bad()', lambda: (super_bad()), 'TypeError', 'super(type, obj): obj must be an instance or subtype of type')
assert_raises('final_bool()', lambda: (final_bool()), 'TypeError', "type 'bool' is not an acceptable base type")
assert_raises('subclass_instance()', lambda: (subclass_instance()), 'TypeError', 'A() takes no arguments')
assert_raises('dup_base()', lambda: (dup_base()), 'TypeError', 'duplicate base class A')
check('ctx_use()', lambda: (ctx_use()), "'entered'")
assert_raises('ctx_bad()', lambda: (ctx_bad()), 'TypeError', "'int' object does not support the context manager protocol")
assert_raises('ctx_noexit()', lambda: (ctx_noexit()), 'TypeError', "'E' object does not support the context manager protocol (missed __exit__ method)")
check('B.__mro__', lambda: (B.__mro__), "(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)")
check('B.__bases__', lambda: (B.__bases__), "(<class '__main__.A'>,)")
check('B.__base__', lambda: (B.__base__), "<class '__main__.A'>")
check('A.__subclasses__()', lambda: (A.__subclasses__()), "[<class '__main__.B'>]")
check('B.__name__, B.__qualname__, B.__module__', lambda: (B.__name__, B.__qualname__, B.__module__), "('B', 'B', '__main__')")
check("A.__dict__['__module__']", lambda: (A.__dict__['__module__']), "'__main__'")
check("'__dict__' in A.__dict__", lambda: ('__dict__' in A.__dict__), 'True')
check("'__weakref__' in A.__dict__", lambda: ('__weakref__' in A.__dict__), 'True')
check('type(A.__dict__).__name__', lambda: (type(A.__dict__).__name__), "'mappingproxy'")
check('A.__doc__', lambda: (A.__doc__), 'None')
check('isinstance(B(), A)', lambda: (isinstance(B(), A)), 'True')
check('issubclass(B, (int, A))', lambda: (issubclass(B, (int, A))), 'True')
check('type(B())', lambda: (type(B())), "<class '__main__.B'>")
check('type.__call__(A).__class__.__name__', lambda: (type.__call__(A).__class__.__name__), "'A'")
check("type('Dyn', (A,), {'x': 1}).x", lambda: (type('Dyn', (A,), {'x': 1}).x), '1')
check("type('Dyn', (A,), {'x': 1}).__mro__", lambda: (type('Dyn', (A,), {'x': 1}).__mro__), "(<class '__main__.Dyn'>, <class '__main__.A'>, <class 'object'>)")
check('object.__subclasshook__(A)', lambda: (object.__subclasshook__(A)), 'NotImplemented')
check('A.__init__ is object.__init__', lambda: (A.__init__ is object.__init__), 'True')
check('B.__new__ is object.__new__', lambda: (B.__new__ is object.__new__), 'True')
check('A().__eq__(1)', lambda: (A().__eq__(1)), 'NotImplemented')
check('A().__ne__(1)', lambda: (A().__ne__(1)), 'NotImplemented')
check('A().__lt__(1)', lambda: (A().__lt__(1)), 'NotImplemented')
assert_raises('A() < A()', lambda: (A() < A()), 'TypeError', "'<' not supported between instances of 'A' and 'A'")
check("str(A()).startswith('<__main__.A object')", lambda: (str(A()).startswith('<__main__.A object')), 'True')
check('A.__repr__(1)[:13]', lambda: (A.__repr__(1)[:13]), "'<int object a'")
check('object.__repr__(1)[:14]', lambda: (object.__repr__(1)[:14]), "'<int object at'")
check('object.__str__(1)[:5]', lambda: (object.__str__(1)[:5]), "'1'")
check("object.__format__(A(), '')[:13]", lambda: (object.__format__(A(), '')[:13]), "'<__main__.A o'")
assert_raises("object.__format__(A(), 'x')", lambda: (object.__format__(A(), 'x')), 'TypeError', 'unsupported format string passed to A.__format__')
assert_raises("format(A(), 'x')", lambda: (format(A(), 'x')), 'TypeError', 'unsupported format string passed to A.__format__')
check('A().__sizeof__()', lambda: (A().__sizeof__()), '24')
check('A.mro()', lambda: (A.mro()), "[<class '__main__.A'>, <class 'object'>]")
check('int.mro()', lambda: (int.mro()), "[<class 'int'>, <class 'object'>]")
check('bool.__mro__', lambda: (bool.__mro__), "(<class 'bool'>, <class 'int'>, <class 'object'>)")
check('type.__mro__', lambda: (type.__mro__), "(<class 'type'>, <class 'object'>)")
check('type(type)', lambda: (type(type)), "<class 'type'>")
check('type(object)', lambda: (type(object)), "<class 'type'>")
check('object.__bases__', lambda: (object.__bases__), '()')
check('type.__bases__', lambda: (type.__bases__), "(<class 'object'>,)")
print('ok', _n, _fails)
