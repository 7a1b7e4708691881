# Cooperative multiple inheritance: each __init__ calls super() and passes kwargs on.
class Base:
    def __init__(self, **kw):
        self.log = ['Base']
        if kw:
            self.log.append(f'leftover {sorted(kw)}')


class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append('Named')


class Aged(Base):
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append('Aged')


class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Person')


p = Person(name='ann', age=30, extra=1)
print(p.name, p.age, p.log)
print([c.__name__ for c in Person.__mro__])
print(super(Named, p).__init__.__func__ is Aged.__init__)
