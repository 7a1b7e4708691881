# Random operations (seeded) on random operands in random small contexts: results and the flags
# each operation raised (exponent limits, clamping, subnormals, every rounding mode)
import random
from decimal import *
random.seed(11)
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
def rnd():
    r = random.random()
    if r < 0.05: return random.choice(['Inf', '-Inf', 'NaN', '-NaN', 'sNaN', 'NaN7', '0', '-0', '0E+5', '-0E-9'])
    m = random.randint(0, 10 ** random.randint(0, 12))
    e = random.randint(-15, 15)
    return ('-' if random.random() < 0.3 else '') + '%dE%d' % (m, e)
ops1 = ['sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus', 'to_integral_exact', 'to_integral_value', 'plus', 'minus', 'abs', 'number_class', 'to_eng_string', 'to_sci_string', 'is_normal', 'is_subnormal']
ops2 = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'power', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'same_quantum', 'copy_sign', 'next_toward', 'scaleb', 'rotate', 'shift']
for i in range(2000):
    c = Context(prec=random.randint(1, 12), rounding=random.choice(modes), Emin=-random.randint(0, 20), Emax=random.randint(0, 20), clamp=random.randint(0, 1), capitals=random.randint(0, 1), traps=[])
    a = Decimal(rnd()); b = Decimal(rnd())
    if random.random() < 0.5:
        op = random.choice(ops1); args = (a,)
    else:
        op = random.choice(ops2); args = (a, b)
        if op in ('scaleb', 'rotate', 'shift') and random.random() < 0.8:
            args = (a, Decimal(random.randint(-15, 15)))
        if op == 'power' and random.random() < 0.5:
            args = (a, Decimal(random.randint(-6, 6)))
    try:
        r = getattr(c, op)(*args)
    except Exception as e:
        r = type(e).__name__
    print(i, op, *args, '->', r, c)
