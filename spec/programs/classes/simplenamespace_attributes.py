# types.SimpleNamespace's attribute errors name 'types.SimpleNamespace' (a subclass by its own
# name); its dir(); weak references need a __weakref__ slot (a __dict__ slot is not enough).
import types
import weakref

ns = types.SimpleNamespace(a=1)


class Sub(types.SimpleNamespace):
    pass


class Sub2(types.SimpleNamespace):
    def __getattr__(self, name):
        return 'Sub2 ' + name


for f in (lambda: ns.zz, lambda: delattr(ns, 'zz'), lambda: Sub().zz, lambda: delattr(Sub(), 'q'),
          lambda: getattr(ns, 'b', 'default'), lambda: hasattr(ns, 'b'), lambda: Sub2().x):
    try:
        print(f())
    except AttributeError as e:
        print(type(e).__name__, e, e.name)
print(sorted(set(dir(ns)) - set(dir(object))))
print(sorted(set(dir(Sub(b=2))) - set(dir(object))))
print(sorted(set(dir(Sub2())) - set(dir(object))))
ns.c = 3
del ns.a
print(ns, Sub(q=1), ns == types.SimpleNamespace(c=3), vars(ns))
print(weakref.ref(Sub()) is not None)


class DictSlot:
    __slots__ = ('__dict__',)


class WeakSlot:
    __slots__ = ('__weakref__',)


class Plain:
    pass


class FromDictSlot(DictSlot):
    pass


for cls in (DictSlot, WeakSlot, Plain, FromDictSlot):
    try:
        weakref.ref(cls())
        print(cls.__name__, 'referenceable')
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
