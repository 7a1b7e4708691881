# callable(), identity with `is`, and the singletons.
class WithCall:
    def __call__(self):
        pass


print(callable(len), callable(WithCall), callable(WithCall()), callable(object()), callable(lambda: 0), callable(None))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(True is (1 == 1), (lambda: None)() is None, bool() is False)
x = ()
y = ()
print(x == y, type(x)() == (), '' == str())


def identity_of_default(v=[]):
    return v


print(identity_of_default() is identity_of_default(), identity_of_default([]) is identity_of_default())
print(isinstance(..., type(Ellipsis)), repr(...), type(...).__name__)
