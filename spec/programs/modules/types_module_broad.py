import types, copy, abc

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(types.__all__)
for name in types.__all__:
    v = getattr(types, name)
    if isinstance(v, type):
        print(name, v.__name__)
def f(): pass
async def co(): pass
def gen(): yield 1
async def agen(): yield 1
class K:
    __slots__ = ('s',)
    def m(self): pass
c = co()
checks = [isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f.__code__, types.CodeType),
          isinstance(K.__dict__, types.MappingProxyType), isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType),
          isinstance(agen(), types.AsyncGeneratorType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType),
          isinstance([].append, types.BuiltinMethodType), isinstance(object.__init__, types.WrapperDescriptorType),
          isinstance(object().__str__, types.MethodWrapperType), isinstance(str.join, types.MethodDescriptorType),
          isinstance(dict.__dict__['fromkeys'], types.ClassMethodDescriptorType), isinstance(types, types.ModuleType),
          isinstance(K.__dict__['s'], types.MemberDescriptorType), isinstance(types.FunctionType.__dict__['__code__'], types.GetSetDescriptorType),
          isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType), isinstance(..., types.EllipsisType),
          isinstance(None, types.NoneType), isinstance(NotImplemented, types.NotImplementedType)]
c.close()
print(checks, all(checks))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
def outer():
    x = 1
    def inner(): return x
    return inner
print(isinstance(outer().__closure__[0], types.CellType))
m = types.ModuleType('made', 'doc text')
m.v = 1
print(m.__name__, m.__doc__, m.v, repr(m))
bound = types.MethodType(lambda self, y: (self, y), 'obj')
print(bound(5))
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp))
show('mp_set', lambda: mp.__setitem__('a', 2))
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())
code = f.__code__
g = types.FunctionType(code, {'__builtins__': __builtins__}, 'renamed')
print(g.__name__, g())
print(types.GenericAlias(list, (int,)), types.UnionType)

# SimpleNamespace
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1), ns == 5, ns != 5)
show('ns_pos', lambda: types.SimpleNamespace({'a': 1}))
show('ns_nonstr', lambda: types.SimpleNamespace(**{1: 2}))
print(ns.__reduce__(), copy.copy(ns), copy.deepcopy(ns), copy.copy(ns) is ns)
ns.me = ns
print(ns)
del ns.me
ns.c = [1, 2]
print(ns, repr(types.SimpleNamespace()), str(types.SimpleNamespace(x='s')))
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=1)
print(s, s == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == s, Sub(), type(s).__name__)
show('ns_lt', lambda: ns < ns)
show('ns_delmissing', lambda: delattr(s, 'q'))
show('ns_getmissing', lambda: s.q)
n2 = types.SimpleNamespace(a=[1])
n2.__init__(b=2)
print(n2, types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__, repr(types.SimpleNamespace))
print(sorted(k for k in dir(types.SimpleNamespace(z=1)) if not k.startswith('__')), getattr(types.SimpleNamespace(**{'with space': 1}), 'with space'))
print(types.SimpleNamespace(a=1, b=types.SimpleNamespace(c=2)))

# DynamicClassAttribute
class Meta(type):
    def __getattr__(cls, name):
        return f'meta:{name}'
class Color(metaclass=Meta):
    def __init__(self, v): self._v = v
    @types.DynamicClassAttribute
    def value(self):
        "The value."
        return self._v
    @value.setter
    def value(self, v): self._v = v * 10
print(Color(3).value, Color.value, Color.__dict__['value'].__doc__, Color.__dict__['value'].overwrite_doc)
col = Color(1)
col.value = 4
print(col.value)
show('dca_del', lambda: delattr(col, 'value'))
d = types.DynamicClassAttribute(None)
show('dca_get_none', lambda: d.__get__(col, Color))
show('dca_set_none', lambda: d.__set__(col, 1))
show('dca_class_get', lambda: d.__get__(None, Color))
d2 = types.DynamicClassAttribute(lambda s: 1, doc='given')
d3 = d2.getter(lambda s: 2)
print(d2.__doc__, d2.overwrite_doc, d3.__doc__, d3.overwrite_doc, d3.__get__(1), d2.deleter(print).fdel is print, d2.setter(len).fset is len)
def documented(self):
    "getter doc"
    return 0
def documented2(self):
    "second doc"
d4 = types.DynamicClassAttribute(documented)
print(d4.__doc__, d4.getter(documented2).__doc__, d4.getter(lambda s: 0).__doc__, d4.setter(print).__doc__)
class AbstractThing(abc.ABC):
    @types.DynamicClassAttribute
    @abc.abstractmethod
    def prop(self): ...
print(AbstractThing.__dict__['prop'].__isabstractmethod__, AbstractThing.prop is AbstractThing.__dict__['prop'], sorted(AbstractThing.__abstractmethods__))

# resolve_bases / prepare_class / new_class
class Entry:
    def __mro_entries__(self, bases):
        return (int, dict) if len(bases) > 1 else (list,)
class BadEntry:
    def __mro_entries__(self, bases):
        return [list]
bases = (object, Entry())
print(types.resolve_bases(bases), types.resolve_bases((int, str)), types.resolve_bases(()) == ())
t = (int,)
print(types.resolve_bases(t) is t)
show('bad_entry', lambda: types.resolve_bases((BadEntry(),)))
class M1(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
print(types.prepare_class('X', (A,), {'flag': 1}))
print(types.prepare_class('X'), types.prepare_class('X', (), {'metaclass': M2}))
show('conflict', lambda: types.prepare_class('X', (A, B)))
print(types.prepare_class('X', (), {'metaclass': lambda *a: a})[1:])
kw = {'metaclass': M1, 'extra': 5}
print(types.prepare_class('Y', (), kw)[2], kw)
C = types.new_class('C', (A,), {'extra': 1}, lambda ns: ns.update(x=10))
print(C.__name__, type(C).__name__, C.x, C.prepared, C.__bases__)
D = types.new_class('D', (Entry(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D.__mro__)
E = types.new_class('E')
print(E, E.__bases__, '__orig_bases__' in E.__dict__, types.new_class('F', (int,))(7) + 1)
show('new_class_bad', lambda: types.new_class('G', (5,)))

# coroutine
@types.coroutine
def gen_based():
    value = yield 'ready'
    return value * 2
async def user():
    r = await gen_based()
    return r + 1
cr = user()
print(cr.send(None))
try:
    cr.send(20)
except StopIteration as stop:
    print('result', stop.value)
print(types.coroutine(gen_based) is gen_based, gen_based.__code__.co_flags & 0x100 != 0)
async def native(): return 1
print(types.coroutine(native) is native)
show('coro_bad', lambda: types.coroutine(5))
class GenLike:
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2: raise StopIteration('done')
        return self.n
    def throw(self, *a): raise a[0]
    def close(self): pass
    def __iter__(self): return self
    def __next__(self): return self.send(None)
import collections.abc
collections.abc.Generator.register(GenLike)
def returns_genlike(): return GenLike()
wrapped = types.coroutine(returns_genlike)
print(wrapped.__name__, wrapped.__wrapped__ is returns_genlike)
w = wrapped()
print(type(w).__name__, iter(w) is w, w.send(None), next(w))
def returns_gen():
    def g():
        yield 1
    return g()
wg = types.coroutine(returns_gen)()
print(type(wg).__name__, wg.gi_code.co_name, wg.cr_code.co_name, wg.gi_running, wg.__name__, type(wg.__await__()).__name__, next(wg))
print(types.coroutine(lambda: 7)(), types.coroutine(len)([1, 2]))
async def drive():
    return await types.coroutine(returns_gen)()
dr = drive()
print(dr.send(None))
dr.close()
