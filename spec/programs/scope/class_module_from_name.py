# A class body starts with `__module__ = __name__`, a LOAD_NAME: with no __name__ in the
# globals it finds builtins.__name__. type(name, bases, ns) takes __name__ from the caller's
# globals only, and a class made without one has no __module__ at all.

exec("class A: pass\nprint(A.__module__)", {})
exec("class A: pass\nprint(A.__module__)", {'__name__': 'given'})
g = {'__name__': 'mm'}
exec("def f():\n    class B: pass\n    return B\n", g)
print(g['f']().__module__)
del g['__name__']
print(g['f']().__module__)
print(type('T', (), {}).__module__)
exec("print(type('T', (), {'__module__': 'explicit'}).__module__)", {})
try:
    exec("print(type('T', (), {}).__module__)", {})
except AttributeError as e:
    print('AttributeError', e)
exec("T = type('T', (), {})\nprint(repr(T), T.__qualname__)", {})


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__name__': 'from_prepare'}


class C(metaclass=Meta):
    pass

print(C.__module__, C.__name__)
