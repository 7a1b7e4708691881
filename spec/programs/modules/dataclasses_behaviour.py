# dataclasses: fields (ClassVar/InitVar/KW_ONLY, also as string annotations resolved in the
# class's module), every generated method and its signature/qualname, hash rules, frozen and
# slots classes, inheritance, __doc__, replace/asdict/astuple/make_dataclass, every error.
import dataclasses, typing, sys
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass, InitVar, KW_ONLY, MISSING, Field, FrozenInstanceError
from typing import ClassVar
import collections, re
_print = print
def print(*a):
    _print(*[re.sub(r' at 0x[0-9a-fA-F]+', '', x if isinstance(x, str) else repr(x)) for x in a])

def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, repr(r) if not isinstance(r, str) else r)

print(dataclasses.__all__)
print(repr(dataclasses._FIELD), repr(dataclasses._FIELD_CLASSVAR), repr(dataclasses._FIELD_INITVAR))
print(type(MISSING).__name__, type(KW_ONLY).__name__, FrozenInstanceError.__mro__)

@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, repr=False)
    c: ClassVar[int] = 5
    iv: InitVar[int] = 3
    def __post_init__(self, iv):
        self.seen = iv

p = P(1, 2, [3], 4)
print(p, p.seen, P.c, P.y, 'z' in P.__dict__, P.__match_args__)
print([f.name for f in fields(P)], list(P.__dataclass_fields__))
print(P.__dataclass_params__)
print(P.__dataclass_fields__['x'])
print(P.__dataclass_fields__['c'])
print(P.__dataclass_fields__['iv'])
print(P.__dataclass_fields__['z'].default_factory, P.__dataclass_fields__['z'].metadata)
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__repr__.__wrapped__.__qualname__, P.__eq__.__qualname__, P.__hash__)
print(P.__init__.__annotations__, P.__init__.__defaults__, P.__init__.__kwdefaults__, P.__init__.__name__)
print(P.__doc__, P.__init__.__doc__, P.__repr__.__doc__, P.__eq__.__doc__)
print(P.__init__.__globals__ is globals(), P.__eq__.__globals__ is globals())
import inspect
print(inspect.signature(P), inspect.signature(P.__init__), inspect.signature(P.__eq__), inspect.signature(P.__repr__))
run('missing arg', lambda: P())
run('too many', lambda: P(1, 2, 3, 4, 5))
run('bad kw', lambda: P(1, q=2))
run('dup', lambda: P(1, x=2))
print(P(1) == P(1), P(1) == P(2), P(1) != P(1, 1), P(1).__eq__(5), P(1, 2, [1]) == P(1, 2, [2]))
nan = float('nan')
@dataclass
class N:
    v: float
n = N(nan)
print(n == n, N(nan) == N(nan), n == N(n.v))

@dataclass(order=True, frozen=True)
class O:
    a: int
    b: str = 'x'
    c: float = field(default=0.0, compare=False)
    d: int = field(default=0, hash=False)
print(O(1) < O(2), O(1, 'a') <= O(1, 'b'), O(2) > O(1), O(1) >= O(1), sorted([O(3), O(1, 'z'), O(1, 'a')]))
print(hash(O(1, 'x', 5.0, 1)) == hash((1, 'x')), O(1, c=1.0) == O(1, c=2.0))
run('lt other', lambda: O(1) < 5)
run('frozen set', lambda: setattr(O(1), 'a', 2))
run('frozen del', lambda: delattr(O(1), 'a'))
run('frozen new attr', lambda: setattr(O(1), 'zz', 2))
print(O.__setattr__.__qualname__, O.__delattr__.__qualname__, O.__hash__.__qualname__, O.__lt__.__qualname__)

@dataclass(frozen=True)
class FB:
    x: int
class FSub(FB):
    pass
fs = FSub(1)
fs.extra = 5
print(fs.extra, fs)
run('fsub set field', lambda: setattr(fs, 'x', 3))

# hash rules
for kw in [{}, {'eq': False}, {'frozen': True}, {'unsafe_hash': True}, {'eq': False, 'frozen': True}, {'unsafe_hash': True, 'eq': False}]:
    for explicit in [None, 'hash', 'eqonly']:
        ns = {'__annotations__': {'a': int}}
        if explicit == 'hash':
            ns['__hash__'] = lambda self: 42
        elif explicit == 'eqonly':
            ns['__eq__'] = lambda self, o: True
        C = type('C', (), ns)
        def mk():
            D = dataclass(**kw)(C)
            h = D.__dict__.get('__hash__', 'absent')
            return 'absent' if h == 'absent' else ('None' if h is None else getattr(h, '__qualname__', h))
        run(f'hash {kw} {explicit}', mk)

# kw_only
@dataclass(kw_only=True)
class K:
    a: int
    b: int = field(default=1, kw_only=False)
    c: int = 2
print(inspect.signature(K), K.__match_args__, K(5, a=1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 0
    d: int = field(default=9, kw_only=False)
print(inspect.signature(K2), K2.__match_args__, K2(1, 2, b=3), [f.kw_only for f in fields(K2)])
run('two KW_ONLY', lambda: dataclass(type('T', (), {'__annotations__': {'a': KW_ONLY, 'b': KW_ONLY}})))
run('non-default', lambda: dataclass(type('T', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})))
run('kwonly ok', lambda: inspect.signature(dataclass(type('T', (), {'__annotations__': {'a': int, 'b': int}, 'a': field(default=1, kw_only=True)}))))
run('mutable default', lambda: dataclass(type('T', (), {'__annotations__': {'a': list}, 'a': []})))
run('mutable default set', lambda: dataclass(type('T', (), {'__annotations__': {'a': set}, 'a': set()})))
class Unh:
    __hash__ = None
run('mutable default custom', lambda: dataclass(type('T', (), {'__annotations__': {'a': Unh}, 'a': Unh()})))
run('both defaults', lambda: field(default=1, default_factory=list))
run('field positional', lambda: field(1))
run('classvar factory', lambda: dataclass(type('T', (), {'__annotations__': {'a': ClassVar[int]}, 'a': field(default_factory=int)})))
run('initvar factory', lambda: dataclass(type('T', (), {'__annotations__': {'a': InitVar[int]}, 'a': field(default_factory=int)})))
run('classvar kw_only', lambda: dataclass(type('T', (), {'__annotations__': {'a': ClassVar[int]}, 'a': field(default=1, kw_only=True)})))
run('field no annotation', lambda: dataclass(type('T', (), {'__annotations__': {'a': int}, 'b': field(default=1)})))
run('order no eq', lambda: dataclass(order=True, eq=False)(type('T', (), {'__annotations__': {'a': int}})))
run('order overwrite', lambda: dataclass(order=True)(type('T', (), {'__annotations__': {'a': int}, '__lt__': lambda s, o: 1})))
run('frozen overwrite', lambda: dataclass(frozen=True)(type('T', (), {'__annotations__': {'a': int}, '__setattr__': lambda s, n, v: 1})))
run('unsafe overwrite', lambda: dataclass(unsafe_hash=True)(type('T', (), {'__annotations__': {'a': int}, '__hash__': lambda s: 1})))
run('weakref no slots', lambda: dataclass(weakref_slot=True)(type('T', (), {'__annotations__': {'a': int}})))
run('frozen from nonfrozen', lambda: dataclass(frozen=True)(type('T', (P,), {})))
run('nonfrozen from frozen', lambda: dataclass(type('T', (O,), {})))

# inheritance
@dataclass
class Base:
    x: int = 1
    y: str = 'b'
@dataclass
class Derived(Base):
    z: float = 2.0
    x: int = 10
print(Derived(), [f.name for f in fields(Derived)], inspect.signature(Derived), Derived.__doc__)
class Mixin:
    def hello(self): return 'hi'
@dataclass
class WithMixin(Mixin, Base):
    q: int = 0
print(WithMixin(), WithMixin().hello())

# self-named field and names that shadow
@dataclass
class S:
    self: int
    object: str = 'o'
    MISSING: int = 1
print(S(1), S(self=2), inspect.signature(S))

# repr recursion and custom methods kept
@dataclass
class R:
    name: str
    child: object = None
r = R('a'); r.child = r
print(r, [R('q', [R('w')])])
@dataclass
class Keep:
    a: int
    def __repr__(self): return 'Keep!'
    def __eq__(self, o): return 'eq!'
print(Keep(1), Keep(1) == Keep(2), Keep.__hash__)
@dataclass(repr=False, eq=False, init=False, match_args=False)
class Bare:
    a: int = 1
print(Bare().a, '__match_args__' in Bare.__dict__, Bare.__repr__ is object.__repr__, Bare.__doc__, Bare.__eq__ is object.__eq__)

# init=False fields, default factory and post_init
counter = [0]
def make():
    counter[0] += 1
    return counter[0]
@dataclass
class I:
    a: int
    b: int = field(init=False, default=7)
    c: int = field(init=False, default_factory=make)
    d: int = field(default_factory=make)
    e: int = field(init=False, repr=False)
i = I(1)
print(i, 'b' in vars(i), vars(i), I(1, d=50), inspect.signature(I), I.__match_args__)
run('e missing', lambda: i.e)

# InitVar
@dataclass
class IV:
    a: int
    b: InitVar[int]
    c: InitVar[str] = 'dflt'
    def __post_init__(self, b, c):
        self.total = (b, c)
iv = IV(1, 2)
print(iv, iv.total, IV(1, 2, 'x').total, [f.name for f in fields(IV)], IV.__match_args__, IV.c, InitVar[int], InitVar[list[int]], InitVar['x'], InitVar[typing.List[int]])
run('replace iv missing', lambda: replace(iv, a=5))
print(replace(iv, a=5, b=9), replace(iv, a=5, b=9).total)
@dataclass
class NoPost:
    a: InitVar[int] = 0
print(NoPost(5), vars(NoPost(5)))

# replace
run('replace', lambda: replace(P(1, 2, [3], 4), y=5))
run('replace init false', lambda: replace(I(1), b=3))
run('replace unknown', lambda: replace(P(1), nope=3))
run('replace class', lambda: replace(P, x=3))
run('replace non dc', lambda: replace(5))
print(replace(I(1)), counter)

# asdict / astuple
NT = collections.namedtuple('NT', 'a b')
@dataclass
class Inner:
    v: list
@dataclass
class Outer:
    i: Inner
    l: list
    t: tuple
    d: dict
    n: NT
    s: str = 'x'
o = Outer(Inner([1, 2]), [Inner([3])], (Inner([4]), 5), {'k': Inner([6]), Inner.__name__: [7]}, NT(Inner([8]), 9))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=collections.OrderedDict))
print(astuple(o, tuple_factory=list))
print(asdict(o)['i']['v'] is o.i.v, asdict(o)['s'])
run('asdict non', lambda: asdict(Outer))
run('astuple non', lambda: astuple(5))
run('asdict defaultdict', lambda: asdict(Inner(collections.defaultdict(list, a=[1]))))

# fields / is_dataclass
run('fields non', lambda: fields(5))
run('fields class', lambda: [f.name for f in fields(P)])
print(is_dataclass(P), is_dataclass(p), is_dataclass(5), is_dataclass(list[int]), is_dataclass(dataclass), is_dataclass(type))

# make_dataclass
M = make_dataclass('M', ['a', ('b', int), ('c', list, field(default_factory=list)), ('d', str, 'dv')], namespace={'hi': lambda self: 'hi ' + str(self.a)}, order=True)
print(M(1, 2), M(1, 2).hi(), M.__module__, M.__qualname__, inspect.signature(M), M.__annotations__, M.__doc__)
run('md bad field', lambda: make_dataclass('X', [('a',)]))
run('md bad field4', lambda: make_dataclass('X', [('a', int, 1, 2)]))
run('md bad name', lambda: make_dataclass('X', ['1a']))
run('md kw', lambda: make_dataclass('X', ['class']))
run('md dup', lambda: make_dataclass('X', ['a', ('a', int)]))
run('md non str', lambda: make_dataclass('X', [(1, int)]))
M2 = make_dataclass('M2', [('x', int)], bases=(Base,), frozen=True) if False else make_dataclass('M2', [('w', int, 0)], bases=(Base,))
print(M2(), [f.name for f in fields(M2)])

# Field API
f = field(default=1, metadata={'u': 1})
print(f, f.metadata, type(f.metadata).__name__, field().metadata, Field.__slots__ if hasattr(Field, '__slots__') else None)
print(Field[int], type(Field[int]).__name__)
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
    def __get__(self, obj, cls=None):
        return 'desc'
@dataclass
class WithDesc:
    a: Desc = field(default=Desc())
print(WithDesc.a)

# slots
@dataclass(slots=True)
class SL:
    a: int
    b: str = 'b'
s = SL(1)
print(SL.__slots__, s, hasattr(s, '__dict__'), SL.__qualname__, SL.__init__.__qualname__)
run('slots attr', lambda: setattr(s, 'zz', 1))
@dataclass(slots=True, weakref_slot=True)
class SLW:
    a: int
print(SLW.__slots__)
import weakref
print(weakref.ref(SLW(1)) is not None)
@dataclass(slots=True, frozen=True)
class SLF:
    a: int
    b: int = 2
print(SLF(1).__getstate__(), SLF.__getstate__.__qualname__, SLF.__setstate__.__qualname__)
sf = SLF.__new__(SLF); sf.__setstate__([5, 6]); print(sf)
run('slots already', lambda: dataclass(slots=True)(type('T', (), {'__annotations__': {'a': int}, '__slots__': ('a',)})))
@dataclass(slots=True)
class SLChild(SL):
    c: int = 0
print(SLChild.__slots__, SLChild(1, 'x', 2))
class Manual:
    __slots__ = ('a',)
    a: int
print(dataclass(Manual)(3).a, Manual.__dataclass_fields__['a'].default is MISSING)

# string annotations, resolved in the namespace of the class's module
import types as _types
def string_module(name, src):
    mod = _types.ModuleType(name)
    sys.modules[name] = mod
    exec('from __future__ import annotations\n' + src, mod.__dict__)
    return mod
m1 = string_module('sa1', """
import dataclasses
import dataclasses as dc
from dataclasses import dataclass, InitVar, KW_ONLY
import typing
import typing as t
from typing import ClassVar
@dataclass
class SA:
    a: int
    b: ClassVar[int] = 1
    c: InitVar[int] = 2
    d: typing.ClassVar[int] = 3
    e: dataclasses.InitVar[str] = 'e'
    g: t.ClassVar = 0
    h:   dc . InitVar [int] = 5
    _: KW_ONLY
    f: int = 4
    def __post_init__(self, c, e, h): pass
""")
SA = m1.SA
print([(f.name, f._field_type, f.type) for f in SA.__dataclass_fields__.values()], SA.__doc__)
m2 = string_module('sa2', """
from dataclasses import dataclass
import dataclasses
ClassVar = 5
KW_ONLY = 'no'
class typing: ClassVar = 1
@dataclass
class SB:
    a: ClassVar = 1
    b: KW_ONLY = 2
    c: typing.ClassVar = 3
    d: InitVar = 4
    e: dataclasses.KW_ONLY
    f: int = 6
    g: 'ClassVar' = 7
""")
m3 = string_module('m3', """
import typing, dataclasses
from dataclasses import dataclass
@dataclass
class A:
    a: typing.ClassVar[int] = 1
    b: dataclasses.InitVar[int] = 2
    c: dataclasses.KW_ONLY
    d: int = 3
""")
print([(f.name, f._field_type) for f in m3.A.__dataclass_fields__.values()])
m4 = string_module('m4', """
import typing, dataclasses
from dataclasses import dataclass
ClassVar = typing.ClassVar[int]
InitVar = dataclasses.InitVar[int]
@dataclass
class A:
    a: xx.ClassVar = 1
    b: typing.InitVar = 2
    c: dataclasses.ClassVar = 2
    d: ClassVar = 3
    e: InitVar = 4
    f: " ClassVar" = 5
    g: "typing .ClassVar" = 6
    h: typing.ClassVar.x = 7
""")
print([(f.name, f._field_type, f.type) for f in m4.A.__dataclass_fields__.values()])
import dataclasses as _dc
@dataclass
class Spaces:
    a: "  typing . ClassVar [int]" = 1
    b: "\tInitVar[int]" = 2
    c: "typing.[x]" = 3
    d: "_dc.KW_ONLY"
    e: "é" = 4
print([(f.name, f._field_type, f.kw_only) for f in Spaces.__dataclass_fields__.values()])
print([(f.name, f._field_type, f.type, f.kw_only) for f in m2.SB.__dataclass_fields__.values()], m2.SB.__doc__)
del sys.modules['sa2']
run('module gone', lambda: dataclass(type('SC', (), {'__annotations__': {'a': 'ClassVar[int]', 'b': 'InitVar[int]'}, '__module__': 'sa2'})))
run('module gone prefixed', lambda: [(f.name, f._field_type) for f in dataclass(type('SC', (), {'__annotations__': {'a': 'typing.ClassVar[int]', 'b': 'x.InitVar[int]', 'c': '  ', 'd': '.x'}, '__module__': 'sa2'})).__dataclass_fields__.values()])

# __doc__ variants
@dataclass
class Doc:
    """Has doc."""
    a: int
print(Doc.__doc__)
@dataclass
class Doc2:
    a: 'typing.List[int]'
    b: typing.Dict[str, int] = None
    c: collections.OrderedDict = None
    d: ' -> None' = ' -> None'
print(Doc2.__doc__)
@dataclass(init=False)
class Doc3:
    a: int
print(Doc3.__doc__)
class NewBase:
    def __new__(cls, *args, **kw): return object.__new__(cls)
@dataclass
class Doc4(NewBase):
    a: int
print(Doc4.__doc__)

# generic / abc
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def __repr__(self): ...
@dataclass
class Concrete(AB):
    a: int
print(Concrete(1), Concrete.__abstractmethods__)
T = typing.TypeVar('T')
@dataclass
class G(typing.Generic[T]):
    v: T
print(G[int](1), G.__parameters__)
print(dataclass(frozen=True)(type('Q', (), {'__annotations__': {}}))())
print(repr(dataclass(type('E', (), {}))()), dataclass(type('E', (), {}))() == dataclass(type('E', (), {}))())
@dataclass
class Empty:
    pass
print(Empty() == Empty(), Empty(), Empty.__match_args__, Empty.__doc__, hash(Empty) is not None, Empty.__hash__)
@dataclass(slots=True, frozen=True)
class SLF:
    a: int
run('slf set', lambda: setattr(SLF(1), 'zz', 1))
run('slf set a', lambda: setattr(SLF(1), 'a', 1))
run('order', lambda: dataclass(weakref_slot=True, order=True, eq=False)(type('T', (), {'__annotations__': {'a': int}})))
run('nondefault+order', lambda: dataclass(order=True, eq=False)(type('T', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})))
run('weak+slots-already', lambda: dataclass(weakref_slot=True)(type('T', (), {'__annotations__': {'a': int}, '__slots__': ()})))
print(inspect.signature(replace), inspect.signature(dataclass), inspect.signature(field), inspect.signature(dataclasses.Field.__init__), inspect.signature(dataclasses.make_dataclass))
print(inspect.signature(dataclasses.asdict), inspect.signature(dataclasses.astuple), inspect.signature(dataclasses.fields), inspect.signature(dataclasses.is_dataclass))
print(hasattr(object, '__abstractmethods__'), hasattr(type, '__abstractmethods__'))
import abc
print(abc.ABCMeta.__call__ is type.__call__)
@dataclass
class IV:
    a: int
    b: dataclasses.InitVar[int] = 5
    def __post_init__(self, b): pass
x = IV(1); x.b = 9
print(replace(x))
class Meta(type):
    def __call__(cls, *a, **k): return super().__call__(*a, **k)
@dataclass
class WithMeta(metaclass=Meta):
    a: int
print(WithMeta.__doc__)
@dataclass
class OwnNew:
    a: int
    def __new__(cls, q, r=1): return object.__new__(cls)
print(OwnNew.__doc__)
@dataclass(init=False)
class OwnInit:
    a: int
    def __init__(self, z, *, y=2): pass
print(OwnInit.__doc__)
print(dataclasses.InitVar.__slots__, dataclasses._DataclassParams.__slots__ if hasattr(dataclasses._DataclassParams, '__slots__') else None)
print(type(dataclasses.MISSING).__module__, dataclasses.FrozenInstanceError.__module__, dataclasses.Field.__module__)
@dataclass
class Multi:
    a: int = 1
    def __post_init__(self): self.b = 2
print(Multi(), vars(Multi()))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
