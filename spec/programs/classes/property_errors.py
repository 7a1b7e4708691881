# Assigning or deleting a property without setter or deleter.
class C:
    @property
    def ro(self):
        return 'read only'

    def _get(self):
        return 1

    anonymous = property(_get)


c = C()
for action in (lambda: setattr(c, 'ro', 1), lambda: delattr(c, 'ro'),
               lambda: setattr(c, 'anonymous', 1), lambda: delattr(c, 'anonymous')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)


class Failing:
    @property
    def broken(self):
        raise AttributeError('inner failure')

    def __getattr__(self, name):
        return 'fallback for ' + name


print(Failing().broken)
print(C.ro.fget(c), C.ro.fset, C.ro.fdel)
