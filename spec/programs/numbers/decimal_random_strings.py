# Decimal() and Context.create_decimal() of random strings (seeded) over digits, points, exponents,
# signs, underscores, white space and the letters of Infinity/NaN/sNaN: value or InvalidOperation
import random
from decimal import *
random.seed(2)
chars = '0123456789' * 3 + '..ee+-_ EInNaAsSfFtyY\t\u0663'
words = ['inf', 'Infinity', 'nan', 'sNaN', 'NaN', 'iNF', 'infinit', 'snan', 'E', '00', '1_000']
c = Context(traps=[])
for i in range(1500):
    if random.random() < 0.2:
        s = random.choice(['', '-', '+', ' ']) + random.choice(words) + ''.join(random.choice(chars) for _ in range(random.randint(0, 3)))
    else:
        s = ''.join(random.choice(chars) for _ in range(random.randint(0, 8)))
    try:
        d = Decimal(s)
        r = repr(d) + ' ' + d.to_eng_string() + ' ' + str(d.as_tuple())
    except Exception as e:
        r = type(e).__name__
    try:
        r2 = repr(c.create_decimal(s))
    except Exception as e:
        r2 = type(e).__name__
    print(i, repr(s), r, r2, c.flags[InvalidOperation])
    c.clear_flags()
