# isinstance() also consults obj.__class__ when it differs from type(obj): through a property,
# a class attribute, or a __getattribute__ override (as proxies and mocks do).


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattribute__(self, name):
        if name == '__class__':
            return type(object.__getattribute__(self, '_target'))
        return object.__getattribute__(self, name)


p = Proxy(3)
print(isinstance(p, int), isinstance(p, Proxy), isinstance(p, (str, int)), isinstance(p, str))
print(type(p).__name__, p.__class__.__name__)


class ByProperty:
    @property
    def __class__(self):
        return dict


print(isinstance(ByProperty(), dict), isinstance(ByProperty(), ByProperty))


class Plain:
    pass


print(isinstance(Plain(), Plain), isinstance(Plain(), int))


class Sub(int):
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


print(isinstance(Sub(2), int), isinstance(Sub(2), str))


class BadClass:
    def __getattribute__(self, name):
        if name == '__class__':
            return 'not a type'
        return object.__getattribute__(self, name)


print(isinstance(BadClass(), str), isinstance(BadClass(), BadClass))


class Raising:
    def __getattribute__(self, name):
        if name == '__class__':
            raise AttributeError(name)
        return object.__getattribute__(self, name)


print(isinstance(Raising(), Raising), isinstance(Raising(), int))


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


def make():
    class Inner(Base, flag=1):
        pass


try:
    make()
except TypeError as e:
    print(e)
