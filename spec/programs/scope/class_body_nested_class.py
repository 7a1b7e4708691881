# A nested class body does not see the enclosing class's names.
name = 'global name'


class Outer:
    name = 'Outer.name'

    class Inner:
        seen = name

    def method(self):
        return name


print(Outer.Inner.seen)
print(Outer().method())
print(Outer.Inner.__qualname__, Outer.Inner.__name__)


def f():
    name = 'f.name'

    class A:
        name = 'A.name'

        class B:
            seen = name
    return A.B.seen


print(f())
