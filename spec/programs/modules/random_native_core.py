# random's generator core is native (_random.Random, as in CPython): seeded sequences, seeds of
# every kind, getrandbits sizes, state round trips and errors, and subclasses overriding the core.
import random

for s in [0, 1, 42, -42, 2**32, 2**64 + 5, 2**200 - 1, 3.25, "seed", b"seed", bytearray(b"xy"), True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(7), random.randint(1, 1000))

r = random.Random(12345)
print([r.random() for _ in range(3)])
print([r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65, 100)])
print(r.randrange(10**30), r.choice("abcdef"), r.sample(range(100), 5), r.uniform(1, 2), r.gauss(0, 1))
l = list(range(20))
r.shuffle(l)
print(l, r.choices("abc", k=5), r.randbytes(5))

# a long draw crosses several twists
r2 = random.Random(7)
vals = [r2.getrandbits(32) for _ in range(1300)]
print(vals[0], vals[623], vals[624], vals[1299], sum(vals) % 1000003)

st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1])
r3 = random.Random()
r3.setstate(st)
print(r3.random() == a[0])

for bad in [(3, (1, 2), None), (3, tuple([0] * 624 + [625]), None), (3, [0] * 625, None), (9, (), None)]:
    try:
        r3.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for k in (-1, 2.0):
    try:
        r.getrandbits(k)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class OnlyRandom(random.Random):
    def random(self):
        return 0.5
o = OnlyRandom(1)
print(o.randrange(10), o.choice([1, 2, 3]), o.random(), o.uniform(0, 4))

class Bits(random.Random):
    calls = 0
    def getrandbits(self, k):
        Bits.calls += 1
        return super().getrandbits(k)
bb = Bits(3)
print(bb.randrange(1000), bb.randint(5, 9), Bits.calls, bb.random())

print(isinstance(r, random.Random), type(r).__mro__[1].__name__, type(r).__mro__[1].__module__)
random.seed(99)
print(random.random(), random.getstate()[1][:3])
