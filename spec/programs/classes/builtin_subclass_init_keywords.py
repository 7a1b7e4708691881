class T2(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = T2([1, 2], newarg=3)
print(u, u.newarg)
class T3(tuple):
    def __new__(cls, *a, **k):
        return super().__new__(cls, a)
print(T3(1, 2, x=1))
for base in (frozenset, set, list, dict, tuple, bytearray):
    class S(base):
        def __init__(self, arg=(), extra=None):
            if base in (set, list, dict, bytearray):
                base.__init__(self, arg)
            self.extra = extra
    try:
        s = S([1, 2] if base is not dict else {1: 2}, extra=5)
        print(base.__name__, sorted(s) if base in (set, frozenset) else s, s.extra)
    except TypeError as e:
        print(base.__name__, 'TypeError', e)
    class P(base): pass
    try:
        P(x=1)
        print(base.__name__, 'accepted')
    except TypeError as e:
        print(base.__name__, 'TypeError', e)
