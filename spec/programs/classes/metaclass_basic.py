# A metaclass customises class creation and class-level behaviour.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        ns['created_by'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)

    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'


class Base(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v


class Child(Base):
    extra = 1


print(Base.created_by, Child.created_by)
print(type(Base).__name__, type(Child) is Meta)
c = Child(5)
print(c.v, Child)
print(isinstance(Child, Meta), isinstance(c, Base))
print(type(type), type(Meta))
