def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class C: pass
c = C()
c.__iter__ = lambda: iter([1, 2])
c.__len__ = lambda: 5
c.__getitem__ = lambda i: i
c.__repr__ = lambda: 'instance repr'
c.__call__ = lambda: 'called'
c.__add__ = lambda o: 'added'
c.__eq__ = lambda o: True
c.__bool__ = lambda: False
c.__enter__ = lambda: 1
c.__hash__ = lambda: 1
t(lambda: iter(c)); t(lambda: len(c)); t(lambda: c[0]); t(lambda: repr(c).startswith('<__main__.C object')); t(lambda: c()); t(lambda: c + 1); t(lambda: c == C()); t(lambda: bool(c))
t(lambda: c.__len__()); t(lambda: c.__iter__().__next__())
class Dyn:
    pass
Dyn.__len__ = lambda self: 7
Dyn.__getitem__ = lambda self, i: i * 3
Dyn.__repr__ = lambda self: 'class-level repr'
d = Dyn(); print(len(d), d[2], repr(d), [d])
del Dyn.__len__; t(lambda: len(d))
Dyn.__iter__ = lambda self: iter('xy'); print(list(d))
Dyn.__iter__ = None; t(lambda: list(d)); t(lambda: iter(d))
Dyn.__hash__ = None; t(lambda: hash(d))
Dyn.__eq__ = lambda self, o: 'custom eq'; print(d == 1, d != 1)
Dyn.__ne__ = lambda self, o: 'custom ne'; print(d != 1)
Dyn.__bool__ = lambda self: False; print(bool(d), not d)
Dyn.__call__ = lambda self, *a: ('called with', a); print(d(1, 2))
Dyn.__contains__ = lambda self, x: x == 'in'; print('in' in d, 'out' in d)
Dyn.__neg__ = lambda self: 'negated'; print(-d)
Dyn.__radd__ = lambda self, o: 'radd'; print(1 + d)
Dyn.__iadd__ = lambda self, o: 'iadd'; e = d; e += 1; print(e)
Dyn.__index__ = lambda self: 2; print([10, 20, 30][d], bin(d))
Dyn.__enter__ = lambda self: 'entered'; Dyn.__exit__ = lambda self, *a: None
with d as val: print(val)
Dyn.__getattr__ = lambda self, n: 'ga ' + n; print(d.whatever)
Dyn.__setattr__ = lambda self, n, v: print('sa', n, v); d.q = 1
Dyn.__delattr__ = lambda self, n: print('da', n); del d.q
Dyn.__format__ = lambda self, s: 'fmt ' + s; print(f'{d:spec}')
Dyn.__str__ = lambda self: 'str!'; print(d, str(d))
Dyn.__lt__ = lambda self, o: True; print(d < 5, 5 > d)
Dyn.__missing__ = 1
class Sub(Dyn): pass
print(len(Sub()) if hasattr(Dyn, '__len__') else 'no len', Sub()[1], repr(Sub()))
Dyn.__getitem__ = lambda self, i: 'changed'; print(Sub()[0])
class MetaLen(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return f'{cls.__name__}[{k}]'
    def __iter__(cls): return iter(['meta-iter'])
    def __call__(cls, *a): return 'meta-call'
class WithMeta(metaclass=MetaLen):
    def __len__(self): return 1
print(len(WithMeta), WithMeta['k'], list(WithMeta), WithMeta(), len(object.__new__(WithMeta)))
class OverrideGetattribute:
    def __getattribute__(self, n):
        if n == '__len__': return lambda: 99
        return object.__getattribute__(self, n)
    def __len__(self): return 3
o = OverrideGetattribute(); print(len(o), o.__len__())
class SlotsOnly:
    __slots__ = ()
t(lambda: setattr(SlotsOnly(), '__iter__', 1))
t(lambda: setattr(int, '__len__', lambda self: 1))
t(lambda: setattr(list, 'custom', 1))
print(type(c).__dict__.get('__iter__'), '__iter__' in c.__dict__)
