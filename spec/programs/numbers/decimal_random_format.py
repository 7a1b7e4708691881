# format() of random Decimals with random specs (seeded): fill/align, sign, z, zero padding,
# width, grouping, precision, every type, under random rounding modes and capitals
import random
from decimal import *
random.seed(5)
def rnd():
    r = random.random()
    if r < 0.05: return random.choice(['Inf', '-Inf', 'NaN', '-NaN', '0', '-0', '0E+5', '-0E-9', '0.000'])
    m = random.randint(0, 10 ** random.randint(0, 15))
    e = random.randint(-20, 12)
    return ('-' if random.random() < 0.3 else '') + '%dE%d' % (m, e)
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for i in range(2000):
    d = Decimal(rnd())
    spec = ''
    if random.random() < 0.3:
        spec += random.choice(['', '*', '0', 'x']) + random.choice('<>=^')
    spec += random.choice(['', '', '+', '-', ' '])
    if random.random() < 0.1: spec += 'z'
    if random.random() < 0.2: spec += '0'
    if random.random() < 0.4: spec += str(random.randint(0, 25))
    if random.random() < 0.2: spec += ','
    if random.random() < 0.6: spec += '.' + str(random.randint(0, 12))
    spec += random.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'])
    rounding = random.choice(modes)
    with localcontext(rounding=rounding, capitals=random.randint(0, 1)):
        try:
            r = format(d, spec)
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print(i, repr(spec), d, rounding, repr(r), d.to_eng_string(), d.adjusted())
