# int()/float()/complex() of strings (underscores, prefixes, non-ASCII digits, whitespace, inf/nan)
# with every base, and complex() argument forms, repr/str/format of complex values.
strs = ['0', '-0', '+5', ' 42 ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b', '017', '00', '0_0', '1e3', '1.5', '', ' ', '١٢٣', '\u0664\u0662', '12abc', 'z', 'Z', '-0x10', '- 5', '+-5', '9' * 30, '0x_1f', '0b_1', '1\n', '\t7\x0b', 'inf', 'nan', '1j', '１２', 'ⅷ', '²']
bases = [0, 2, 8, 10, 16, 36, None]
for s in strs:
    out = []
    for b in bases:
        try:
            out.append(repr(int(s) if b is None else int(s, b)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    for f in (float, complex):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(s), ' | '.join(out))
for a in [(b'12',), (bytearray(b'7'), 8), ('10', 1), ('10', 37), ('10', -1), ('10', 2.0), (12, 10), (1.5, 10), ('1', True), (b'0x10', 0)]:
    try:
        print(a, repr(int(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
fstrs = ['1e5', '1E-5', '-.5', '5.', '.', 'e5', '1e', '1e+', 'infinity', '-Infinity', '+nan', 'NaN', 'nan(123)', 'inF', 'in', '0x1p3', '1_0.5', '1._5', '1e1_0', '1.5_', '  -1.5e-3  ', '1.7976931348623157e309', '4.9e-325', '2.4703282292062328e-324', '0.' + '0' * 400 + '1', '1' * 400, '١.٥', '1,5']
for s in fstrs:
    out = []
    for f in (float, complex):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(s)[:40], ' | '.join(out))
cstrs = ['1+2j', '(1+2j)', ' ( 1+2j ) ', '1+2J', 'j', '-j', '+j', '2j', '1-j', '1 + 2j', '(1)', '()', '1+2', 'inf+nanj', '-infj', '1e3j', '1e3+1e-3j', '1+2j+3', '( 1+2j', '1+2j)', '0x1j', '1_0j', 'jj']
for s in cstrs:
    try:
        print(repr(s), repr(complex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for a in [(1, 2), (1j, 1j), ('1', 2), (1, '2'), (None,), (1.5, None), ([1],), (2, 3.5), (float('nan'), 0), (-0.0, -0.0)]:
    try:
        print(a, repr(complex(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
print(repr(complex(1, 0)), repr(complex(0, 1)), repr(complex(-0.0, 1)), repr(complex(1, -0.0)), repr(-complex(0, 0)), repr(1j * 1j), repr((1+2j) ** 2), repr((1+2j) / (3-4j)), abs(3+4j), (1+2j).conjugate(), (2j).real, (2j).imag, repr(complex(1e300, 1e300) * 10))
for z in [0j, 1j, -1j, 1+0j, complex(float('inf'), 0), complex(0, float('nan')), 1e-310j, 12345678901234567890j]:
    print(repr(z), str(z), format(z, ''), format(z, '.3'))
