# Classes nested in classes and functions: names, qualnames, and access paths.
class Outer:
    class Inner:
        class Deepest:
            value = 'deep'

        def m(self):
            return Outer.Inner.Deepest.value

    def make_inner(self):
        return self.Inner()


print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer().make_inner().m())


def factory():
    class Local:
        pass
    return Local


L1, L2 = factory(), factory()
print(L1.__qualname__, L1 is L2, L1.__name__ == L2.__name__)
print(repr(Outer.Inner)[:30])
