# format(Decimal, spec): fixed, exponent, general, percent, 'n', grouping, fill/align, sign, z
from decimal import Decimal as D, localcontext, ROUND_DOWN, ROUND_HALF_UP


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


values = ['0', '-0', '1', '-1', '1.5', '2.675', '1234567.891', '-0.000123456', '1E+5', '1.2E-8',
          '123456789012345678901234567890', '0.00', '1.000', '9.9999', '0.5', '100', '-12.5E+3',
          '0E+3', '0E-10', 'Infinity', '-Infinity', 'NaN', '-NaN', 'sNaN']
specs = ['', 'f', '.2f', '.0f', '.10f', 'e', '.3e', '.0e', 'E', 'g', '.3g', '.1g', '.10g', 'G',
         '%', '.1%', 'n', '.4n', ',', ',.2f', '_f', '_.3e', '+', ' ', '+.2f', '12', '<12', '>12',
         '^12', '=12', '*^15.3f', '012', '012.2f', '012,.2f', '015,', '-^+12.1e', 'z.2f', 'z',
         '#.0f', '#', '020_.1f', '.2', '.0', '10.3', '#g', 'F', '.3F', '0=10', '.1E']
for v in values:
    d = D(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, '|'.join(out))

for s in ['x', 'd', 'b', '.f', '10.2.3', ',n', 'c', 's', '=', '<<']:
    show('format(1.5, %r)' % s, lambda: format(D('1.5'), s))
print(f'{D("3.14159"):.3f} {D("-2.5"):>8} {D("1234.5"):,} {D("0.256"):.1%}')
print('%s %r' % (D('1.10'), D('1.10')), str(D('-0E-7')))
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.679'), '.2f'), format(D('-2.679'), '.2f'), format(D('12345'), '.2e'))
with localcontext(rounding=ROUND_HALF_UP):
    print(format(D('2.675'), '.2f'), format(D('0.125'), '.2f'), format(D('2.5'), '.0f'))
with localcontext(capitals=0):
    print(format(D('1E+20'), ''), format(D('1E+20'), 'g'), format(D('1E+20'), 'G'), D('1E+20'))
with localcontext(prec=3):
    print(format(D('1.23456789'), ''), format(D('1.23456789'), '.6f'), format(D('12345.6789'), 'f'))
for v in ['123456', '1234567', '0.0001', '0.00001234', '1E+6', '1.00E+6', '12300']:
    print(v, format(D(v), 'g'), format(D(v), '.3g'), format(D(v), '.8g'), format(D(v), ''),
          format(D(v), '.2'), format(D(v), '.2e'), format(D(v), 'e'))
