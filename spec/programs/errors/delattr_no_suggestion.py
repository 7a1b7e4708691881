# A failed `del obj.attr` (instance dict, module, delattr()) raises AttributeError without
# .name/.obj in CPython 3.11, so its report has no "Did you mean" (a failed read has one).
import sys


class A:
    def __init__(self):
        self.abcd = 1


a = A()
for f in (lambda: a.abce, lambda: delattr(a, 'abce'), lambda: sys.exceptio):
    try:
        f()
    except AttributeError as e:
        print(e, e.name, e.obj is not None)
try:
    del sys.exceptio
except AttributeError as e:
    print(e, e.name)
del a.abce
