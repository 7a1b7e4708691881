def t(spec, *vals):
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    print(repr(spec), out)
nums = [0, 1, -1, 42, -42, 1234567, 2 ** 70]
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, 123456789012345680.0, float('inf'), float('-inf'), float('nan'), 0.1, 2.675, 1 / 3]
for spec in ['', 'd', '5d', '<6d', '^7d', '=+8d', '08d', '+d', ' d', ',d', '_d', '_x', ',x', 'x', 'X', '#x', '#X', '#o', 'o', 'b', '#b', '#010b', 'c', 'n', 'e', '.2e', 'f', '.0f', '%', '.1%', 'g', 'G', '10.3', '*^9', 'z', '#', ',', '_', '.3', '=10', '0=10', 'ld', '.2d', 's']:
    t(spec, *nums)
for spec in ['', 'f', '.0f', '.1f', '.10f', 'e', '.0e', '.3E', 'g', '.0g', '.1g', '.3g', '#.3g', '#g', 'G', '%', '.2%', ',', ',.2f', '_.3f', '+.1f', ' .1f', '015.3f', '<10.2f', '^12.1e', '=+12.2f', 'n', '.3n', 'z.1f', '.1', '.17', '.20g', 'r', 'd', 'x', '#.0f', '#.0e', '-', '010', '.1s']:
    t(spec, *floats)
for spec in ['', '<5', '>5', '^6', '*^7', '.2', '5.1', 's', 'x', 'd', '=5', '05', '+', ',', '#']:
    t(spec, '', 'a', 'hello', 'héllo')
for spec in ['', '10', '<12', '.2f', 'g', 'e', '+', '^20.3f', ',', '%']:
    t(spec, 1 + 2j, -1.5j, complex(0, 0), complex(1e10, -1e-10))
for spec in ['', 'd', 'f', 'x', '>5', 's', '^5', '05', ',']:
    t(spec, True, False, None)
print(repr(1e22), repr(1e21), repr(1e16), repr(1e15), repr(123456789.123456789), repr(0.1 + 0.7), repr(1e-5), repr(0.0001), repr(5e-324), repr(1.7976931348623157e308), repr(-1e-300))
print(str(1e22), str(3.0), str(-0.0), str(1e100), 1e22 == 10 ** 22, float(10 ** 22), 2.5e-5 * 4)
print('%.3g|%g|%G|%e|%.0e|%#.0f|%#x|%#o|%+.2e|%-8.3f|%08.3f|% .3f' % (0.0001234, 1e-5, 1e20, 0, 12345, 3, 0, 8, -1234.5, 3.14159, -3.14159, 2.5))
print('%s|%r|%a|%5.2s|%-5s|%c%c' % (1.5, 'é', 'é', 'abcdef', 'ab', 'x', 10))
print('%d %i %u %x %o' % (3.9, -3.9, 2 ** 65, 2 ** 65, -8), '%.2d|%5.3d|%-5d|%+05d' % (5, 7, 3, 42))
print('{:{w}.{p}f}|{!s:>5}|{x[1]}|{y.real}'.format(3.14159, 'ab', w=8, p=2, x=[0, 'one'], y=2j))
print(f"{'nested':{'>'}{10}}|{3.14159:{'.3'}}|{42:{'#x'}}|{'a'!r:5}|{1e10:,.0f}|{-12345:_}")
print(format(12345.6789, 'e'), format(0.000123, 'g'), format(123456789, 'g'), format(1e-4, 'g'), format(99999.5, 'g'), format(999999.5, 'g'), format(0.5, '.0%'))
class F:
    def __format__(self, spec): return f'F<{spec}>'
print(format(F(), 'xyz'), f'{F():abc}', '{:q}'.format(F()), format(F()))
class NoFmt: pass
try: format(NoFmt(), 'x')
except TypeError as e: print(e)
nf = NoFmt()
print(format(nf, '') == str(nf))
class BadFmt:
    def __format__(self, spec): return 5
try: format(BadFmt())
except TypeError as e: print(e)
try: f'{BadFmt()}'
except TypeError as e: print(e)
