# random: MT19937 seeding and the raw outputs (random(), getrandbits()) must reproduce
# CPython's sequences exactly, for int seeds of every size and sign, float and bool seeds,
# across many state refills, and through getstate()/setstate().
import random

for s in [0, 1, 2, 42, -1, -42, 12345, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
          2**64 - 1, 2**64, -2**64, 10**30 + 7, 2**200 + 99, True, False]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.getrandbits(32), random.getrandbits(1),
          random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))

for s in [0.0, 1.5, -2.25, 3.14159, 1e100, -1e-100, 12345.0]:
    random.seed(s)
    print(s, random.random(), random.randrange(10**6))

# Equal ints and their negatives seed identically; version=1 and version=2 agree for ints.
random.seed(777)
a = [random.random() for _ in range(3)]
random.seed(-777)
b = [random.random() for _ in range(3)]
random.seed(777, version=1)
c = [random.random() for _ in range(3)]
print(a == b == c, a)

# Many refills of the 624-word state.
random.seed(2024)
xs = [random.random() for _ in range(3000)]
print(xs[0], xs[623], xs[624], xs[1247], xs[2999], sum(xs))
ws = [random.getrandbits(32) for _ in range(1500)]
print(ws[0], ws[311], ws[312], ws[1499], sum(ws) % 1000003)
print(random.getrandbits(0), random.getrandbits(10000) % 10**20)
print(random.randbytes(0), random.randbytes(7), len(random.randbytes(100)))

# getstate / setstate round trips, also at an odd position inside a block.
random.seed(99)
for _ in range(623):
    random.getrandbits(32)
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
one = [random.random() for _ in range(5)]
random.setstate(st)
print(one == [random.random() for _ in range(5)])
random.gauss()
st = random.getstate()
print(st[2] is not None)
g1 = random.gauss()
random.setstate(st)
print(g1 == random.gauss())

# Independent instances; Random(x) seeds like seed(x); seed() reseeds from the clock.
r1 = random.Random(5)
r2 = random.Random(5)
random.seed(5)
print(r1.random() == r2.random() == random.random())
r1.random()
print(r1.random() != r2.random())
r3 = random.Random()
r3.seed()
print(0.0 <= r3.random() < 1.0, type(random.Random.VERSION))
r4 = random.Random()
r4.setstate(r1.getstate())
print(r4.random() == r1.random())
