# Argument errors for methods name the qualified function.
class C:
    def m(self, x):
        return x

    @classmethod
    def cm(cls, x):
        return x

    @staticmethod
    def sm(x):
        return x

    class Inner:
        def deep(self, a, b):
            pass


attempts = [
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: C.cm(),
    lambda: C.sm(),
    lambda: C().sm(1, 2),
    lambda: C.Inner().deep(1),
    lambda: C().m(y=1),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)


def outer():
    def inner(q):
        pass
    return inner


try:
    outer()()
except TypeError as e:
    print(type(e).__name__, e)
