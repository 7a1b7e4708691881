# An exception raised by __set_name__ while a class is created is wrapped (CPython 3.11):
# RuntimeError "Error calling __set_name__ on '<type>' instance '<name>' in '<class>'", with
# the original as __cause__; the class is not bound.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope ' + name)


class Fine:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)


def make():
    class Holder:
        ok = Fine()
        broken = Bad()
    return Holder


try:
    make()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)


class KeyBad:
    def __set_name__(self, owner, name):
        raise KeyError(name)


try:
    type('Made', (), {'k': KeyBad()})
except RuntimeError as e:
    print(e, repr(e.__cause__))

try:
    class Outer:
        class Inner:
            x = Bad()
except RuntimeError as e:
    print(e)
print('Outer' in globals())


class Top:
    attr = Bad()
