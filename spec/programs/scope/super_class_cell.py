# super() and __class__ use the implicit __class__ cell of the defining class.
class Base:
    def who(self):
        return 'Base.who'


class Child(Base):
    def who(self):
        return 'Child.who -> ' + super().who()

    def cls(self):
        return __class__.__name__


class Grandchild(Child):
    def who(self):
        return 'Grandchild.who -> ' + super().who()


g = Grandchild()
print(g.who())
print(g.cls(), type(g).__name__)
print(Child.cls.__code__.co_freevars)
print(Child.who.__code__.co_freevars)
print(Base.who.__code__.co_freevars)
print(Child.cls.__closure__[0].cell_contents is Child)


class Explicit(Base):
    def who(self):
        return 'Explicit -> ' + super(Explicit, self).who()


print(Explicit().who())
