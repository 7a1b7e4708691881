# hash, str, to_eng_string, float, as_integer_ratio, round and int of random Decimals (seeded)
import random
from decimal import *
random.seed(9)
for i in range(1200):
    d = Decimal('%dE%d' % (random.randint(-10**random.randint(0, 40), 10**random.randint(0, 40)), random.randint(-60, 60)))
    print(hash(d), d.to_eng_string(), str(d), float(d), d.as_integer_ratio()[1] % 97, round(d, 2) if d.adjusted() < 20 else 0, int(d) % 1000003)
