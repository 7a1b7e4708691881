# A class with nonempty __slots__ and a builtin with its own instance layout cannot both be
# bases (CPython's best_base: "multiple bases have instance lay-out conflict"), unless one
# layout extends the other.
def make(name, bases, ns):
    try:
        c = type(name, bases, ns)
        print(name, 'ok', [b.__name__ for b in c.__mro__])
        return c
    except TypeError as e:
        print(name, 'TypeError', e)

S1 = make('S1', (), {'__slots__': ('a',)})
S0 = make('S0', (), {'__slots__': ()})
SD = make('SD', (), {'__slots__': ('__dict__',)})
Str1 = make('Str1', (str,), {'__slots__': ('b',)})
for base in (str, int, list, dict, tuple, bytes, float, Exception, ValueError, set, object,
             bytearray, complex, frozenset, KeyError):
    make('X_' + base.__name__, (S1, base), {})
    make('Y_' + base.__name__, (base, S1), {})
    make('Z_' + base.__name__, (S0, base), {})
    make('W_' + base.__name__, (SD, base), {})
make('A', (Str1, str), {})
make('B', (str, Str1), {})
make('C', (Str1, S1), {})
E1 = make('E1', (ValueError,), {'__slots__': ('e',)})
make('E2', (E1, KeyError), {})
make('E3', (E1, ValueError), {})
make('E4', (KeyError, E1), {})

try:
    class C2:
        __slots__ = ('s1', '__dict__')
    class C3(C2, str):
        pass
except TypeError as e:
    print('class statement:', e)
