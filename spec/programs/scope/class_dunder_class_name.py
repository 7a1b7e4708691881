# __class__ is only an implicit cell for functions in a class body.
class C:
    try:
        seen = __class__
    except NameError as e:
        seen = type(e).__name__ + ': ' + str(e)

    def m(self):
        return __class__

    def n(self):
        __class__ = 'local override'
        return __class__


print(C.seen)
print(C().m() is C)
print(C().n())
print(C.n.__code__.co_freevars, C.m.__code__.co_freevars)


def f():
    try:
        return __class__
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


print(f())
