# A class body that declares `nonlocal __class__` while one of its methods uses __class__
# (or super()): the body's own stores go to the enclosing function's variable, the methods
# still see the class's implicit cell, which holds the new class.

def outer():
    __class__ = 'start'

    class Base:
        def who(self):
            return 'Base'

    class X(Base):
        nonlocal __class__
        __class__ = 42
        seen = __class__

        def method(self):
            return __class__

        def who(self):
            return 'X>' + super().who()

    print('outer sees', __class__)
    print('body saw', X.seen)
    print('method sees X:', X().method() is X)
    print(X().who())
    print('__classcell__' in X.__dict__, '__class__' in X.__dict__)
    cell = X.method.__closure__[0]
    print(cell.cell_contents is X)
    return X


outer()


def again():
    __class__ = 0
    for i in range(3):
        class Y:
            nonlocal __class__
            __class__ += 1
            def f(self):
                return __class__
        print(__class__, Y().f().__name__)


again()
