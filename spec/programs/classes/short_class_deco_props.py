def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 3), [User("b", 1)])
class Base:
    def __init__(self):
        self._size = 1
    @property
    def size(self):
        return self._size
    @size.setter
    def size(self, v):
        self._size = v
class Doubled(Base):
    @property
    def size(self):
        return super().size * 2
    @size.setter
    def size(self, v):
        Base.size.fset(self, v + 1)
d = Doubled()
print(d.size)
d.size = 10
print(d.size, d._size)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 5
except AttributeError as e:
    print(e)
try:
    del RO().x
except AttributeError as e:
    print(e)
class Spy:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"denied {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
s = Spy()
s.visible = 1
print(s.visible, s.secret_key, s.other)
print(property.__name__, type(Base.size).__name__, Base.size.__doc__)
