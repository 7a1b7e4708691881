# random: seeded results of every method and function (seeds of every kind), state
# round trips, version-1 and version-2 seeding/states, sample/choices paths, subclass hooks.
import random
from collections import deque

def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

# every method over several seeds of every kind
seeds = [0, 1, 42, -7, 2**32, 2**70 + 5, 3.25, -0.5, "hello", "", "ünïcode", b"bytes", b"", bytearray(b"ba"), True]
for s in seeds:
    r = random.Random(s)
    out = [r.random(), r.randrange(10), r.randrange(3, 1000), r.randrange(-50, 50, 7),
           r.randrange(100, 0, -3), r.randrange(2**80), r.randint(-3, 3), r.randint(0, 2**65),
           r.choice("abcdefg"), r.choice(range(10**12)), r.getrandbits(1), r.getrandbits(32),
           r.getrandbits(33), r.getrandbits(100), r.randbytes(9)]
    print(repr(s), out)
    xs = list(range(20)); r.shuffle(xs); print(xs)
    print(r.sample(range(100), 10), r.sample("abcdefghij", 4), r.sample(range(10**9), 5))
    print(r.sample(["a", "b", "c"], 6, counts=[1, 2, 3]), r.sample(range(40), 30))
    print(r.choices("abc", k=5), r.choices("abc", [5, 1, 1], k=5), r.choices("abc", cum_weights=[1, 1.5, 9], k=5))
    print(r.choices(range(5), weights=(0.1, 0, 3, 2.5, 1), k=4), r.choices([1, 2]))
    print(r.uniform(2, 5), r.uniform(5, -1), r.triangular(), r.triangular(0, 10, 9), r.triangular(3, 3, 3),
          r.triangular(1, 5, 1))
    print(r.gauss(), r.gauss(3, 0.5), r.gauss(), r.normalvariate(), r.normalvariate(10, 2))
    print(r.expovariate(1.5), r.expovariate(0.01), r.lognormvariate(0, 1), r.vonmisesvariate(1, 4),
          r.vonmisesvariate(0, 0), r.vonmisesvariate(2.0, 1e-7), r.vonmisesvariate(-1, 100))
    print(r.gammavariate(0.5, 2), r.gammavariate(1, 3), r.gammavariate(2.5, 1), r.gammavariate(30, 0.1),
          r.gammavariate(0.05, 1))
    print(r.betavariate(0.5, 0.5), r.betavariate(2, 5), r.betavariate(1, 1), r.paretovariate(3),
          r.weibullvariate(1, 1.5), r.weibullvariate(2, 0.5))
    st = r.getstate()
    a = [r.random() for _ in range(3)]
    r.setstate(st)
    print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])

# module-level functions share one generator
random.seed(12345)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]), random.randrange(0, 100, 5))
print(random.sample(range(1000), 3), random.choices("xy", k=3), random.uniform(1, 2), random.gauss(0, 1))
print(random.getrandbits(64), random.randbytes(4))
l = list("abcdef"); random.shuffle(l); print(l)
random.seed(12345)
print(random.random())
st = random.getstate(); x = random.random(); random.setstate(st); print(x == random.random())

# sample: large k on small population, deque and custom sequence, counts
r = random.Random(5)
print(r.sample(deque([1, 2, 3, 4]), 2), r.sample(range(10), 10), r.sample(range(10), 0))
print(r.sample(range(10**6), 20))
print(r.sample("ab", 5, counts=[3, 2]))
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i):
        if not 0 <= i < 5: raise IndexError(i)
        return i * 11
from collections.abc import Sequence
Sequence.register(Seq)
print(r.sample(Seq(), 3), r.choice(Seq()), r.choices(Seq(), k=3))
# state version 2 conversion
r2 = random.Random()
r2.setstate((2, tuple(range(-312, 312)) + (624,), None))
print(r2.random(), r2.getstate()[1][:3])
r2.setstate((3, (7,) * 624 + (0,), 0.5)); print(r2.gauss(), r2.random())
# seed version 1
for s in ["abc", b"abc", "", "x" * 40]:
    r = random.Random(); r.seed(s, version=1); print(repr(s)[:10], r.random())
r = random.Random(); r.seed(99, version=1); print(r.random())
# pickling protocol pieces
r = random.Random(77); red = r.__reduce__(); print(red[0].__name__, red[1], red[2][0], red[2][2])
import copy
c = copy.deepcopy(r); print(c.random() == r.random())
c2 = copy.copy(r); print(c2.random() == r.random())
# subclass hooks
class OnlyRandom(random.Random):
    def random(self):
        return 0.7
class WithBits(OnlyRandom):
    def getrandbits(self, k):
        return k
class Own(random.Random):
    def _randbelow(self, n):
        return n - 1
class FromOwn(Own):
    def random(self):
        return 0.1
print(OnlyRandom._randbelow.__name__, WithBits._randbelow.__name__, Own._randbelow.__name__, FromOwn._randbelow.__name__)
print(OnlyRandom().randrange(10), WithBits().randrange(10), Own().randrange(10), FromOwn().choice("abc"))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(OnlyRandom().randrange(2**60), OnlyRandom().sample(range(10), 3))
print([(w.category.__name__, str(w.message)) for w in caught])
print(random.Random._randbelow is random.Random._randbelow_with_getrandbits)

