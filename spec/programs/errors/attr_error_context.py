# an AttributeError raised by __getattr__/__getattribute__ or a module's __getattr__ gets name
# and obj from the lookup (unless it set them), so the uncaught one offers "Did you mean"
import collections, types
class A:
    value = 1
    def __getattr__(self, n):
        raise AttributeError(f'no {n} here')
a = A()
try:
    a.valeu
except AttributeError as e:
    print(e, e.name, e.obj is a)
class B:
    def __getattr__(self, n):
        raise AttributeError('preset', name='given', obj=None)
try:
    B().x
except AttributeError as e:
    print(e, e.name, e.obj)
class C:
    def __getattribute__(self, n):
        raise AttributeError(n)
try:
    C().y
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
m = types.ModuleType('lazy')
def module_getattr(n):
    raise AttributeError(f'lazy has nothing called {n}')
m.__getattr__ = module_getattr
m.counter = 0
try:
    m.countr
except AttributeError as e:
    print(e, e.name, e.obj is m)
try:
    collections.OrderDict
except AttributeError as e:
    print(e, e.name)
a.valeu
