# The format-spec mini language: fill, align, sign, width, grouping, precision, type.
n, f = 1234567, 3.14159265
print(format(n, ','), format(n, '_'), format(n, '>12,'), format(-n, '012,'), format(n, '_x'), format(255, '_b'))
print(format(42, '+'), format(42, ' '), format(-42, ' '), format(42, '-'), format(42, '=+8'), format(-42, '*^9'))
print(format(f, '.2f'), format(f, '10.3f'), format(f, '<10.1f') + '|', format(f, 'e'), format(f, '.3E'))
print(format(f, 'g'), format(1e-7, 'g'), format(123456789.0, 'g'), format(f, '.3g'), format(f, '%'), format(0.25, '.1%'))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#o'), format(5, '#b'), format(65, 'c'))
print(format(3, '08.3f'), format(-3.5, '+08.2f'), format(1e10, ',.2f'), format(2.5, 'g'), format(10, 'd'))
print(format('text', '>8'), format('text', '*<8'), format('text', '^9'), format('text', '.2'), format('x', '=>3'))
print(format(1.0, ''), format(1e16, ''), format(1.5, '.0f'), format(2.5, '.0f'), format(0.1, '.20f'))
print(format(float('inf'), '10.2f'), format(float('nan'), '+'), format(-0.0, '.1f'), format(123, '010'))
print(format(12.5, '#.0f'), format(1234.5, '_.1f'), format(True, '^7'), format(7, '.2f'))
for spec, value in (('d', 1.5), ('s', 1), ('.2f', 'x'), (',s', 'x'), ('=5', 'x'), ('xx', 1), ('c', -1)):
    try:
        print(format(value, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
