# __slots__ member descriptors: their errors, and __get__/__set__ called directly on an object
# of another type (a TypeError; __set__ on an int was an internal error); attribute-name errors.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r) if not hasattr(r, '__dict__') else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
class S:
    __slots__ = ('a', 'b', '_S__p', '__q')
s = S()
t('get unset', lambda: s.a); t('del unset', lambda: delattr(s, 'a')); s.a = 1; t('get set', lambda: s.a); t('del set', lambda: delattr(s, 'a')); t('get after del', lambda: s.a)
t('mangled slot', lambda: [k for k in S.__dict__ if 'q' in k or 'p' in k]); t('slot repr', lambda: repr(S.a)); t('slot type', lambda: type(S.a).__name__)
t('slot get on class', lambda: S.a.__get__(None, S)); t('slot get wrong type', lambda: S.a.__get__(1, int)); t('slot set wrong type', lambda: S.a.__set__(1, 2)); t('slot name', lambda: (S.a.__name__, S.a.__objclass__.__name__, S.a.__qualname__))
t('no dict', lambda: s.__dict__); t('new attr', lambda: setattr(s, 'zz', 1)); t('weakref', lambda: s.__weakref__)
class S2(S):
    __slots__ = ('c',)
s2 = S2(); s2.a = 1; s2.c = 2; t('inherit', lambda: (s2.a, s2.c)); t('sub no dict', lambda: setattr(s2, 'd', 1))
class S3(S): pass
s3 = S3(); s3.d = 4; t('sub with dict', lambda: (s3.d, s3.__dict__))
t('dup slot', lambda: type('X', (), {'__slots__': ('a', 'a')}))
t('bad slot name', lambda: type('X', (), {'__slots__': ('1a',)}))
t('slot str', lambda: type('X', (), {'__slots__': 'abc'})().__class__.__slots__)
t('slot dict twice', lambda: type('X', (S3,), {'__slots__': ('__dict__',)}))
t('nonempty slots int', lambda: type('X', (int,), {'__slots__': ('a',)}))
t('nonempty slots tuple', lambda: type('X', (tuple,), {'__slots__': ('a',)}))
t('empty slots int', lambda: type('X', (int,), {'__slots__': ()})(5))
class WithClassVarSlot:
    __slots__ = ('x',)
    def __init__(self): self.x = 'inst'
t('slot + init', lambda: WithClassVarSlot().x)
class A: pass
a = A()
t('missing', lambda: a.missing); t('missing cls', lambda: A.missing); t('del missing', lambda: delattr(a, 'missing')); t('del cls missing', lambda: delattr(A, 'missing'))
t('getattr non-str', lambda: getattr(a, 5)); t('setattr non-str', lambda: setattr(a, 5, 1)); t('delattr non-str', lambda: delattr(a, b'x'))
t('object() attr', lambda: setattr(object(), 'x', 1)); t('object del', lambda: delattr(object(), '__class__'))
t('__dict__ del', lambda: delattr(a, '__dict__')); t('__dict__ after', lambda: a.__dict__)
t('__class__ del', lambda: delattr(a, '__class__'))
t('str subclass attr name', lambda: setattr(a, type('N', (str,), {})('nm'), 1) or a.nm)
