# Subclasses of int, bytes and tuple (variable-size instances) that each add an instance
# __dict__ have different fixed layouts: combining two unrelated ones is "multiple bases have
# instance lay-out conflict"; str, float, list, ... subclasses (dict managed apart) combine.
def make(name, bases, ns=None):
    try:
        c = type(name, bases, dict(ns or {}))
        print(name, 'ok', [b.__name__ for b in c.__mro__][:3])
        return c
    except TypeError as e:
        print(name, 'TypeError', e)
        return None

for base in (int, bytes, tuple, str, float, list, dict, Exception, type, complex, frozenset):
    print('--', base.__name__)
    D0 = make('D0', (base,))
    D1 = make('D1', (base,))
    make('D01', (D0, D1))
    S1 = make('S1', (base,), {'__slots__': ()})
    make('D0S1', (D0, S1))
    make('S1D0', (S1, D0))
    E1 = make('E1', (S1,))
    E2 = make('E2', (S1,))
    make('E12', (E1, E2))
    F1 = make('F1', (D0,))
    F2 = make('F2', (D0,))
    make('F12', (F1, F2))
    A = make('A', ())
    B = make('B', (A, base))
    make('BD0', (B, D0))
    make('AD0', (A, D0))

class C0(int):
    tag = 'C0'

class C1(int):
    def __str__(self):
        return 'C1'

try:
    class C2(C0, C1):
        pass
except TypeError as e:
    print('class statement:', e)
