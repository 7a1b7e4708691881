# random: CPython 3.11's argument checks and messages, and subclassing Random (a subclass
# that only overrides random() draws integers through random() instead of getrandbits()).
import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(3)
attempt("randrange(0)", random.randrange, 0)
attempt("randrange(-5)", random.randrange, -5)
attempt("randrange(5, 5)", random.randrange, 5, 5)
attempt("randrange(5, 2)", random.randrange, 5, 2)
attempt("randrange(0, 10, 0)", random.randrange, 0, 10, 0)
attempt("randrange(0, 10, -1)", random.randrange, 0, 10, -1)
attempt("randrange(10, None, 2)", random.randrange, 10, None, 2)
attempt("randrange(1.5)", random.randrange, 1.5)
attempt("randrange(0, 2.5)", random.randrange, 0, 2.5)
attempt("randrange(0, 10, 1.5)", random.randrange, 0, 10, 1.5)
attempt("randrange('a')", random.randrange, 'a')
attempt("randrange(0, 'b')", random.randrange, 0, 'b')
attempt("randint(3, 1)", random.randint, 3, 1)
attempt("randint(1, 2.5)", random.randint, 1, 2.5)
attempt("choice([])", random.choice, [])
attempt("choice('')", random.choice, '')
attempt("sample(set)", random.sample, {1, 2, 3}, 2)
attempt("sample(dict)", random.sample, {1: 2}, 1)
attempt("sample(k>n)", random.sample, [1, 2], 3)
attempt("sample(k<0)", random.sample, [1, 2], -1)
attempt("sample(counts len)", random.sample, "ab", 1, counts=[1])
attempt("sample(counts float)", random.sample, "ab", 1, counts=[1.0, 2.0])
attempt("sample(counts zero)", random.sample, "ab", 1, counts=[0, 0])
attempt("sample(counts k)", random.sample, "ab", 4, counts=[1, 2])
attempt("choices(both)", random.choices, "ab", [1, 2], cum_weights=[1, 2])
attempt("choices(len)", random.choices, "ab", [1, 2, 3])
attempt("choices(zero)", random.choices, "ab", [0, 0])
attempt("choices(inf)", random.choices, "ab", [1, float("inf")])
attempt("choices(k positional)", random.choices, "ab", 3)
attempt("choices(empty)", random.choices, [], k=2)
attempt("getrandbits(-1)", random.getrandbits, -1)
attempt("getrandbits(1.0)", random.getrandbits, 1.0)
attempt("seed(list)", random.seed, [1, 2])
attempt("seed(tuple)", random.seed, (1, 2))
attempt("gammavariate(0, 1)", random.gammavariate, 0, 1)
attempt("gammavariate(1, -1)", random.gammavariate, 1, -1)
attempt("expovariate(0)", random.expovariate, 0)
attempt("triangular(1, 1, 1)", random.triangular, 1, 1, 1)
attempt("setstate(bad version)", random.setstate, (7, (), None))
attempt("setstate(short)", random.setstate, (3, (1, 2, 3), None))
attempt("setstate(list)", random.setstate, (3, [0] * 625, None))
attempt("setstate(bad index)", random.setstate, (3, (0,) * 624 + (625,), None))
attempt("shuffle(tuple)", random.shuffle, (1, 2, 3))
attempt("randbytes(-1)", random.randbytes, -1)
attempt("getrandbits('a')", random.getrandbits, 'a')
attempt("shuffle random=", random.shuffle, [1, 2], random=lambda: 0.5)
attempt("sample no k", random.sample, [1, 2])
attempt("sample k float", random.sample, [1, 2], 1.0)
attempt("choice(5)", random.choice, 5)
attempt("choice({0: 'a'})", random.choice, {0: 'a'})
attempt("choices k float", random.choices, "ab", k=2.0)
attempt("choices k None", random.choices, "ab", k=None)
attempt("randint(1)", random.randint, 1)
attempt("randrange()", random.randrange)
attempt("randrange(None)", random.randrange, None)
attempt("randrange(10, step=2)", random.randrange, 10, step=2)
attempt("Random(1, 2)", random.Random, 1, 2)
attempt("setstate(5)", random.setstate, 5)
attempt("setstate(negative word)", random.setstate, (3, (-1,) * 625, None))
attempt("setstate(str word)", random.setstate, (3, ('a',) * 625, None))
attempt("setstate(huge word)", random.setstate, (3, (2**64,) * 625, None))
attempt("expovariate('a')", random.expovariate, 'a')
x = [1, 2]
attempt("shuffle([1, 2])", random.shuffle, x)


class Fixed(random.Random):
    """Overrides random() only: integers come from random() (no getrandbits)."""

    def __init__(self):
        self.i = 0
        super().__init__(0)

    def random(self):
        self.i += 1
        return (self.i * 0.37) % 1.0


f = Fixed()
print([f.random() for _ in range(3)])
print([f.randrange(10) for _ in range(8)], f.choice("abcdef"), f.randint(1, 100))
y = list(range(8))
f.shuffle(y)
print(y, f.sample(range(50), 4), f.uniform(0, 2), f.choices("xyz", k=4))


class Bits(random.Random):
    """Overrides getrandbits(): integers come from it."""

    def getrandbits(self, k):
        return (2 ** k - 1) // 3


b = Bits(1)
print(b.randrange(100), b.randint(0, 2**40), b.choice("abcdefgh"), b.random())


class Counting(random.Random):
    """Overrides seed() and keeps the generator."""

    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a, version)


c = Counting(11)
random.seed(11)
print(c.random() == random.random(), isinstance(c, random.Random), Counting.VERSION)
print(type(random.SystemRandom).__name__, issubclass(random.SystemRandom, random.Random))
