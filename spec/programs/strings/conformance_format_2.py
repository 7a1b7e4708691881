def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
specs = ['', 'd', '5', '<5', '>5', '^5', '^6', '*^7', '0>5', '+', '-', ' ', '+5', '=+6', '05', '+05', '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b', 'c', ',', '_', '_x', '_b', ',d', '10,', '010,', 'n', 'e', 'E', 'f', '.2f', 'g', '.3g', '%', '.1%', 'z', 'z.1f', '#', '#10x', '#010x', '=10', '0=10', 's', '.2', ',x', '_o', ',.2f', '_.3e', 'F', 'G', '+#x', '-#o', ' #b', '#c', '+c', ',c', '<010', 'r', '.0f', '#.0f', '#.0e', '#g', '.0%', '020_', '20,.2f']
vals = [0, 42, -42, 255, 123456789, -1234567, True, 3.0, -2.5, 1234567.891, 1e20, 1e-7, float('inf'), float('-inf'), float('nan'), -0.0, 0.5, 2.675, 1.5e300, 3+4j, -1.5-0j, 'abc', None, 65]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), '|'.join(out))
for sp in ['.2j', '=5', '0', '05', '>5.2', 'e', '.3', ',', '^10.3f', '+.2e', '08.3f', '.0f', '#.3', 'n', '']:
    t(format, 1+2j, sp); t(format, 'xy', sp); t(format, 1e16, sp)
t(format, 10**30, ','); t(format, 10**30, 'e'); t(format, 2**100, 'x'); t(format, 10**30, '.2f'); t(format, -10**25, '_')
t(format, 1.0, '.100f'); t(format, 1.0, '.1000000000000000000000f'); t(format, 5, '.2d'); t(format, 5, ',,'); t(format, 5, '_,'); t(format, 5, ',_'); t(format, 5, 'xx'); t(format, 5, '<<<<5')
t(format, 'a', '=5'); t(format, 'a', '+'); t(format, 'a', ','); t(format, 'a', '#'); t(format, 'a', '05'); t(format, 'a', 'z')
t(format, 1.5, 'c'); t(format, 1.5, 'd'); t(format, 1.5, 'x'); t(format, 1+1j, 'd'); t(format, 'a', 'd'); t(format, None, 'd'); t(format, None, ''); t(format, object(), 'x'); t(format, [], '')
t(format, 1, 'z'); t(format, 5, 'c'); t(format, -1, 'c'); t(format, 0x110000, 'c'); t(format, True, 'c'); t(format, True, ''), t(format, True, 'd'), t(format, True, '5'), t(format, True, 's')
t(format, -0.0, 'z.2f'); t(format, -0.001, 'z.2f'); t(format, -0.001, '.2f'); t(format, -0.0, 'z'); t(format, -0.0, 'zg'); t(format, complex(-0.0, -0.0), 'z'); t(format, -1e-10, 'z.3e'); t(format, 'x', 'z')
class I(int): pass
class F(float): pass
class S(str): pass
class Fm:
    def __format__(self, sp): return f'Fm<{sp}>'
class Bad:
    def __format__(self, sp): return 5
print(format(I(5), 'x'), format(F(2.5), '.3f'), format(S('ab'), '>4'), format(Fm(), 'abc'), f'{Fm():{1+1}x}', '{:q}'.format(Fm()), '{0!r:>10}'.format('a'))
t(format, Bad()); t(lambda: f'{Bad()}'); t(format, 5, 5)
class R:
    def __repr__(self): return 'R()'
    def __str__(self): return 'Rs'
print('{} {!r} {!s} {!a} {0} {0!r}'.format(R(), R(), R(), 'é') if False else '{0} {0!r} {0!s} {1!a}'.format(R(), 'é'))
print('{0}{1}{0}'.format('a', 'b'), '{x}{y}'.format(x=1, y=2), '{0[1]}{0[a]}'.format({1: 'i', 'a': 's'}), '{0.real}{0.imag}'.format(3+4j), '{[0][1]}'.format([[1, 2]]), '{0[-1]}'.format({'-1': 'neg'}))
print('{{}} {{{0}}} }}{{'.format(5), '{:{}{}}'.format(3, '>', 5), '{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0:{1}}'.format('a', '^5'), '{!r:^9}'.format('ab'))
t('{} {0}'.format, 1, 2); t('{0} {}'.format, 1, 2); t('{}'.format); t('{1}'.format, 1); t('{x}'.format); t('{'.format); t('}'.format); t('{0!x}'.format, 1); t('{0!}'.format, 1); t('{0:{1:{2}}}'.format, 1, 2, 3)
t('{0.}'.format, 1); t('{0[}'.format, 1); t('{0[0]x}'.format, [1]); t('{0.nope}'.format, 1); t('{0[5]}'.format, [1]); t('{0[a]}'.format, [1]); t('{:d}'.format, 'a'); t('{!r}'.format); t('{a.b[c].d}'.format, a=1)
t('{0:}'.format, 5); t('{:>{}}'.format, 'a'); t('{0}{1}'.format, *'ab'); t('{0:x}{0:o}'.format, 64); t(str.format, '{self}', self=1); t('{0[0]}'.format, 'xy'); t('{ 0 }'.format, 1); t('{ }'.format, 1)
t('{!r}'.format_map, {}); t('{a}'.format_map, {'a': 1}); t('{a}'.format_map, {}); t('{}'.format_map, {})
class Miss(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Miss(a=1)))
# %-formatting
print('%d %i %u %o %x %X %e %E %f %F %g %G %c %r %s %a %%' % (1, 2, 3, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5, 1e20, 65, 'r', 's', 'é'))
print('%5d|%-5d|%05d|%+d|% d|%#o|%#x|%#X|%.3d|%5.1f|%-8.3e|%*d|%-*d|%.*f|%*.*f' % (1, 2, 3, 4, 5, 8, 255, 255, 7, 3.14159, 1234.5, 4, 9, 4, 9, 2, 3.14159, 8, 2, 2.71828))
print('%(a)s %(b)05.1f %(a)r %%' % {'a': 'x', 'b': 2.25}, '%s' % [1, 2], '%s' % ((1, 2),), '%d' % True, '%x' % 3.0 if False else '', '%d' % 3.9, '%s %s' % ('a', 'b'), '%.2s' % 'abc', '%5s|%-5s|' % ('a', 'b'))
for fmt, args in [('%d', ()), ('%d %d', (1,)), ('%d', (1, 2)), ('%s', ()), ('x', (1,)), ('x', ()), ('x', 5), ('x', {}), ('x', []), ('%d', 'a'), ('%x', 1.5), ('%c', 'ab'), ('%(a)s', (1,)), ('%(a)s', {}), ('%(a', {'a': 1}), ('%y', 1), ('%', ()), ('%5', 1), ('%*d', ('a', 1)), ('%d', None), ('%s %(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%.*f', (1.5, 1)), ('%i', '1'), ('%o', 1.0), ('%e', 'x'), ('%f', None), ('%d', 2**70), ('%x', -255), ('%#o', -8), ('%c', 65.0), ('%r', (1,)), ('%s', 'a'), ('%a', 'é'), ('%5%', ()), ('%-5%', ())]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
print(b'%d %s %r %a %x %c %c %%' % (5, b'bb', b'r', 'é', 255, 65, b'z'), b'%(k)s' % {b'k': b'v'}, bytearray(b'%s') % (bytearray(b'q'),))
t(lambda: b'%s' % 'str'); t(lambda: b'%d' % b'1'); t(lambda: b'%c' % 256); t(lambda: b'%c' % b'ab'); t(lambda: b'%y' % 1); t(lambda: b'%s %s' % b'a')
# f-strings
x = 5; name = 'ab'; d = {'k': [1, 2]}
print(f'{x=}', f'{x = }', f'{x =}', f'{ x= }', f'{x=!s}', f'{x=:>4}', f'{name=!r:^8}', f'{x*2=}', f'{d["k"][1]=}', f"{d['k']}", f'''{"'"}''', f'{x!r}', f'{name!a}', f'{"é"!a}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}}', f'{3.14159:{w}.{p}f}|', f'{x:{"<"}{w}}|', f'{x:0{w}}', f'{{{x}}}', f'{{x}}', f'{x:#{"x"}}', f'{[1,2]!s:>8}', f'{(lambda: 7)()}', f'{x if x else 0:03}', f'{"a" "b"}', f'{x,}', f'{x, x}', f'{ {1: 2}[1] }')
class Q:
    def __format__(self, sp): return '[' + sp + ']'
print(f'{Q()}', f'{Q():}', f'{Q():abc}', f'{Q():{x}}', f'{Q()!s:>30}'[:7], f'{Q()=:zz}'[:9])
print(format(True), format(True, 'd'), format(False, '>5'), format(None), format(None, ''), format(True, '.1f'), format(True, 'x'), str(True).center(8, '-'), '%s %d %r' % (True, True, False), f'{True!r:>6}|{True:>6}|')
t(format, None, '>5'); t(format, True, 's'); t(format, 1, 's'); t(format, 1.5, 's'); t(format, 'a', 'x'); t(format, [], 'x'); t(format, (), '>5'); t(format, 1+1j, '%'); t(format, 1+1j, 'c'); t(format, 1+1j, 'n')
print(format(1234567.5, 'n'), format(1234567, 'n'), format(0.0001, 'n'), format(1e20, 'n'), format(1e-5, ''), format(1e16, ''), format(123.0, ''), format(1.5, '10'), format(1e100, '.3'), format(0.1, '.17g'), format(0.1, '.0e'), format(12345.6789, '.2n'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(2.675, '.2f'), format(1.0, '%'), format(0.125, '.2%'), format(-1.5, '+.0f'), format(float('nan'), '+'), format(float('-nan'), ''), format(float('inf'), '010'), format(float('nan'), '08.2f'), format(1e300*1e10, '=+10'))
