class I(int):
    def __str__(self): return 'I-str'
    def __repr__(self): return 'I-repr'
class F(float):
    def __str__(self): return 'F-str'
    def __repr__(self): return 'F-repr'
class S(str):
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
class C(complex):
    def __str__(self): return 'C-str'
    def __repr__(self): return 'C-repr'
class B(int):
    pass
class E(Exception):
    pass
for v in [I(5), F(2.5), S('abc'), C(1j), True]:
    out = []
    for f in [str, repr, lambda x: format(x), lambda x: format(x, ''), lambda x: format(x, '>8'), lambda x: f'{x}', lambda x: f'{x!s}', lambda x: f'{x!r}', lambda x: '%s' % (x,), lambda x: '%r' % (x,), lambda x: '{}'.format(x), lambda x: '{:}'.format(x), lambda x: str([x]), lambda x: str((x,)), lambda x: str({x: x}), lambda x: ' '.join([str(x)]), lambda x: print(x, end='|') or '', lambda x: '%d' % x if isinstance(x, (int, float)) else '', lambda x: '%.1f' % x if isinstance(x, (int, float)) else '', lambda x: x.__format__('')]:
        try:
            out.append(f(v))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print()
    print(type(v).__name__, out)
class P:
    def __format__(self, spec): return f'P<{spec}>'
    def __str__(self): return 'P-str'
print(format(P()), f'{P()}', f'{P()!s}', '{}'.format(P()), '%s' % P(), str(P()), f'{P():>{3}}', '{0:{1}}'.format(P(), 'x'))
class NoFmt:
    def __str__(self): return 'nf'
print(format(NoFmt()), f'{NoFmt()}')
try:
    format(NoFmt(), 'x')
except TypeError as e:
    print(e)
print(str(E('a')), repr(E('a')), f'{E("a", 1)}', '%s' % E(), str(B(3)), repr(B(3)), f'{B(3):04}', format(B(255), 'x'))
