import sys
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Collect:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self): self.parts.append('<flush>')
c = Collect()
print('a', 'b', sep='+', end='!\n', file=c)
print(file=c)
print('x', file=c, flush=True)
print(c.parts)
old = sys.stdout
sys.stdout = Collect()
print('captured', 42)
cap = sys.stdout.parts
sys.stdout = old
print('restored', cap)
print('to stderr', file=sys.stderr)
t(lambda: print('x', file=5)); t(lambda: print('x', file=object()))
class NoFlush:
    def write(self, s): pass
t(lambda: print('x', file=NoFlush(), flush=True))
print('None file ok', file=None)
t(lambda: print(sep='', end=None))
t(lambda: print('a', sep=None, end=None))
class S1:
    def __str__(self): return 5
class S2:
    def __repr__(self): return None
class S3:
    def __repr__(self): return 'S3 repr'
t(lambda: str(S1())); t(lambda: repr(S2())); t(lambda: print(S1())); t(lambda: '%s' % S1()); t(lambda: f'{S1()}'); t(lambda: str(S3())); t(lambda: [S2()])
class L1:
    def __len__(self): return True
class L2:
    def __len__(self): return '3'
t(lambda: len(L1())); t(lambda: len(L2())); t(lambda: bool(L2()))
class C1:
    def __contains__(self, x): return 'truthy'
print(1 in C1(), 1 not in C1())
class It:
    def __init__(self): self.i = 0
    def __getitem__(self, i):
        if i > 2: raise StopIteration
        return i
print(list(It()))
class Eq:
    def __eq__(self, o): return NotImplemented
a = Eq(); print(a == a, a == Eq(), a != a, a == 1)
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print('Gt.__gt__'); return self.v > o.v
print(Gt(1) < Gt(2))
class Int:
    def __int__(self): return 5
t(lambda: int(Int())); t(lambda: [1, 2][Int()]); t(lambda: float(Int())); t(lambda: range(Int()))
class Flt:
    def __float__(self): return 1
t(lambda: float(Flt()))
class Idx:
    def __index__(self): return 'x'
t(lambda: [1][Idx()]); t(lambda: hex(Idx())); t(lambda: int(Idx()))
class Cx:
    def __complex__(self): return 5
t(lambda: complex(Cx()))
class Hs:
    def __hash__(self): return 1.5
t(lambda: hash(Hs()))
class Bl:
    def __bool__(self): return 'yes'
t(lambda: bool(Bl())); t(lambda: not Bl()); t(lambda: 1 if Bl() else 0)
class Rv:
    def __reversed__(self): return 5
t(lambda: reversed(Rv())); t(lambda: list(reversed(Rv())))
class Nx:
    def __iter__(self): return self
    def __next__(self): raise ValueError('next failed')
t(lambda: list(Nx())); t(lambda: [x for x in Nx()]); t(lambda: sum(Nx()))
class Fmt:
    def __format__(self, spec): return None
t(lambda: format(Fmt())); t(lambda: '{}'.format(Fmt()))
class Dir:
    def __dir__(self): return ['b', 'a', 'a']
print(dir(Dir()))
class BadDir:
    def __dir__(self): return 5
t(lambda: dir(BadDir()))
sys.stdout.write('direct write\n')
print(sys.stdout.write('abc'), '<- len')
t(lambda: sys.stdout.write(5))
print(sys.stdout.encoding, sys.stdout.isatty() in (True, False), hasattr(sys.stdout, 'buffer'))
sys.stdout.buffer.write(b'bytes via buffer\n') if False else None
sys.stdout.flush()
print(end='')
print('', end='no newline')
print()
print(*[1, 2, 3], sep=', ')
print(*'abc')
print('multi\nline', 'x', sep='|')
