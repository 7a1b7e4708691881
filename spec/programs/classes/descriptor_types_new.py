# staticmethod, classmethod and property have a __new__ of their own (messages name them; arguments
# are left to __init__), and subclasses of them construct through it.
def t(f):
    try: r = f(); print(repr(r) if not isinstance(r, str) else r)
    except BaseException as e: print(type(e).__name__, e)
t(lambda: type(property.__new__(property)).__name__)
t(lambda: staticmethod.__new__(int))
t(lambda: classmethod.__new__(int))
t(lambda: property.__new__(int))
t(lambda: staticmethod.__new__(staticmethod, len).__func__)
t(lambda: property.__new__(property, 1, 2, 3, 4, 5).fget)
class P(property):
    def __init__(self, f, extra=None): super().__init__(f); self.extra = extra
t(lambda: (P(lambda s: 1, 'x').fget(0), P(lambda s: 1, 'x').extra))
class SM(staticmethod): pass
t(lambda: SM(len)([1, 2]))
class CM(classmethod): pass
class K:
    c = CM(lambda cls: cls.__name__)
    p = P(lambda s: 'pp')
t(lambda: (K.c(), K().p))
t(lambda: ('__new__' in property.__dict__, '__new__' in staticmethod.__dict__, '__new__' in classmethod.__dict__))
t(lambda: staticmethod())
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: classmethod(1, 2))
