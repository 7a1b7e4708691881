# Contexts: getcontext/setcontext/localcontext, Context attributes and repr, flags and traps,
# the signal classes and what a trapped signal raises
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext, DecimalException, Clamped, InvalidOperation,
                     ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined,
                     Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow,
                     FloatOperation, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
                     ROUND_FLOOR)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


SIGNALS = [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
           Overflow, Underflow, FloatOperation]
for s in SIGNALS:
    print(s.__name__, [c.__name__ for c in s.__mro__], s.__module__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError),
      issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError))

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
print(Context())
print(Context(prec=10, rounding=ROUND_UP, Emin=-5, Emax=5, capitals=0, clamp=1,
              flags=[Inexact], traps=[Overflow, Subnormal]))
c = Context(traps=[], flags=[])
print(c)
print(c.Etiny(), c.Etop(), c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(Context(prec=5, Emin=-10, Emax=10).Etiny(), Context(prec=5, Emin=-10, Emax=10).Etop())
print(getcontext().flags)
print(getcontext().traps)
print(sorted(k.__name__ for k in getcontext().traps), len(getcontext().flags))
print(getcontext().traps[InvalidOperation], getcontext().flags.get(Inexact))

for kw in [dict(prec=0), dict(prec=-1), dict(prec='5'), dict(rounding='HALF'), dict(rounding=1),
           dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=5), dict(prec=1.5),
           dict(flags=[int])]:
    show('Context(%s)' % kw, lambda: Context(**kw))
show('set prec', lambda: setattr(getcontext(), 'prec', 0))
show('set unknown', lambda: setattr(getcontext(), 'precision', 5))
show('set rounding', lambda: setattr(Context(), 'rounding', 'ROUND_SIDEWAYS'))
show('setcontext bad', lambda: setcontext(5))
show('localcontext bad', lambda: localcontext(5))
show('localcontext bad kw', lambda: localcontext(precision=5))

# the current context, replaced and restored
orig = getcontext()
with localcontext() as ctx:
    print(ctx is getcontext(), ctx is orig, ctx.prec)
    ctx.prec = 5
    print(D(1) / 3, getcontext().prec)
print(D(1) / 3, getcontext() is orig)
with localcontext(prec=6, rounding=ROUND_DOWN) as ctx:
    print(ctx.prec, ctx.rounding, D(2) / 3, D(-2) / 3)
with localcontext(BasicContext) as ctx:
    print(ctx.prec, D(2) / 3)
    show('basic 1/0', lambda: D(1) / 0)
with localcontext(Context(prec=3), Emax=10) as ctx:
    print(ctx)
try:
    with localcontext(prec=4):
        print(D(10) / 7)
        raise KeyError('x')
except KeyError:
    pass
print(getcontext().prec, D(10) / 7)
new = Context(prec=7)
setcontext(new)
print(getcontext() is new, D(1) / 7)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)
setcontext(orig)
print(getcontext() is orig)

# flags collect, traps raise
ctx = getcontext()
ctx.clear_flags()
x = D(1) / 3
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero], ctx)
ctx.clear_flags()
x = D('1.5') + D('2.5')
print(ctx)
show('1/0', lambda: D(1) / 0)
show('0/0', lambda: D(0) / 0)
show('1//0', lambda: D(1) // 0)
show('1%0', lambda: D(1) % 0)
show('0%0', lambda: D(0) % 0)
show('divmod 1 0', lambda: divmod(D(1), 0))
show('inf-inf', lambda: D('Infinity') - D('Infinity'))
show('inf*0', lambda: D('Infinity') * 0)
show('sqrt(-1)', lambda: D(-1).sqrt())
show('ln(0)', lambda: D(0).ln())
show('ln(-1)', lambda: D(-1).ln())
show('snan+1', lambda: D('sNaN') + 1)
show('nan<1', lambda: D('NaN') < 1)
show('nan==1', lambda: D('NaN') == 1)
show('snan==1', lambda: D('sNaN') == 1)
show('overflow', lambda: D('9E+999999') * 10)
show('conversion', lambda: D('abc'))
show('divide impossible', lambda: D('1E+30') // D('0.001'))
show('too big rem', lambda: D('1E+30') % D('0.001'))
show('float op', lambda: D(1.5))
print(ctx)
ctx.clear_flags()
print(ctx)

ctx.traps[Inexact] = True
show('trapped inexact', lambda: D(1) / 3)
show('trapped inexact exact', lambda: D(1) / 4)
ctx.traps[Rounded] = True
show('trapped inexact+rounded', lambda: D(2) / 3)
ctx.traps[Inexact] = False
show('trapped rounded', lambda: D(2) / 3)
show('trapped rounded exact', lambda: +D('1.00000000000000000000000000000'))
ctx.traps[Rounded] = False
ctx.traps[FloatOperation] = True
show('trapped float ctor', lambda: D(0.5))
show('trapped float eq', lambda: D('0.5') == 0.5)
show('trapped float lt', lambda: D('0.5') < 0.5)
show('trapped from_float', lambda: D.from_float(0.5))
ctx.traps[FloatOperation] = False
ctx.traps[InvalidOperation] = False
ctx.traps[DivisionByZero] = False
show('untrapped 1/0', lambda: D(-1) / 0)
show('untrapped 0/0', lambda: D(0) / 0)
show('untrapped abc', lambda: D('abc'))
show('untrapped nan<1', lambda: D('NaN') < 1)
show('untrapped divmod', lambda: divmod(D(5), 0))
print(ctx)
ctx.traps[InvalidOperation] = True
ctx.traps[DivisionByZero] = True
ctx.clear_flags()

# exponent limits
small = Context(prec=5, Emin=-10, Emax=10, traps=[])
for v in ['1.2345678E-10', '0.99999999E-10', '1E-14', '1E-16', '1.5E-15', '9.99999E10', '1E11',
          '0E-20', '0E+20', '1.23E-12', '-1E+11', '99999.5E+6']:
    small.clear_flags()
    r = small.create_decimal(v)
    print(v, repr(r), small)
for rounding in [ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR]:
    small.rounding = rounding
    print(rounding, small.create_decimal('1E+11'), small.create_decimal('-1E+11'),
          small.create_decimal('1E-16'), small.create_decimal('-1E-16'))
clamped = Context(prec=5, Emin=-10, Emax=10, clamp=1, traps=[])
for v in ['1E10', '1.2E10', '0E+20', '1E6', '1E+7']:
    clamped.clear_flags()
    print(v, repr(clamped.create_decimal(v)), clamped)
trapping = Context(prec=5, Emin=-10, Emax=10, traps=[Underflow, Clamped, Subnormal])
show('trap underflow', lambda: trapping.create_decimal('1E-16'))
show('trap subnormal', lambda: trapping.create_decimal('1E-12'))
show('trap clamped', lambda: trapping.create_decimal('0E-30'))

# flags and traps as mappings
f = Context().flags
print(type(f).__name__ in ('SignalDict', 'dict'), list(f.keys()) == list(f), len(f))
c = Context(traps={s: s in (Overflow, DivisionByZero) for s in Context().traps})
print(c)
show('traps = list', lambda: setattr(c, 'traps', [Inexact]))
c.traps = {s: s is Inexact for s in c.traps}
print(c)
show('traps = short dict', lambda: setattr(c, 'traps', {Inexact: True}))
show('Context(flags=short dict)', lambda: Context(flags={Inexact: True}))
c.flags = {s: True for s in Context().flags}
print(c)
c.clear_traps()
print(c)
show('bad key', lambda: Context().flags[KeyError])
show('del key', lambda: Context().flags.__delitem__(Inexact))
show('str key', lambda: Context().traps['Inexact'])
show('set bad key', lambda: Context().traps.__setitem__(int, True))
show('log10(0)', lambda: D(0).log10())
show('ln(-0)', lambda: D('-0').ln())
show('logb(0)', lambda: D(0).logb())
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, c2)
import copy
print(copy.copy(c2), copy.deepcopy(c2) is c2)

# huge exponent differences: answered without building 10**exponent operands
c = Context(traps=[])
for a, b in [('1e999999', '1e-999999'), ('1e-999999', '1e999999'), ('0e-999999', '1e999999'), ('5', '1e-999999'), ('-1e-999990', '3e999990')]:
    a, b = D(a), D(b)
    print(c.divide_int(a, b), c.remainder(a, b), c.divmod(a, b), c.quantize(a, b), c.flags)
    c.clear_flags()
for v in ['1E+999999', '-9.99E+999999', '1E-1000026', '0', '123.456E+500000', '-1E+100', '0E+999999']:
    d = D(v)
    print(c.next_plus(d), c.next_minus(d), c.next_toward(d, D(0)), c.remainder_near(d, D('7E-999999')),
          c.remainder_near(D('7E-999999'), d), c.flags)
    c.clear_flags()
