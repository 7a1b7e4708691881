# random: randrange/randint/choice/shuffle draw through CPython's _randbelow (rejection on
# n.bit_length() bits), so every result below must match CPython's for the same seed.
import random

random.seed(31337)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(1, 7) for _ in range(20)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-50, 50, 3) for _ in range(10)])
print([random.randint(-10**20, 10**20) for _ in range(3)])
print([random.randrange(2**64) for _ in range(3)])
print([random.randrange(1, 2) for _ in range(3)], random.randint(5, 5))
print([random.randrange(2**32 + 1) for _ in range(3)], random.randrange(2**32))
print(random.randrange(10, step=1), random.randrange(True, 10))
print(random.randrange(10.0), random.randrange(0.0, 10.0, 2.0))

seq = "abcdefghij"
print([random.choice(seq) for _ in range(15)])
print(random.choice([42]), random.choice(range(1000, 2000, 7)), random.choice((1, 2, 3)))
print(random.choice(b"xyz"))

for n in (0, 1, 2, 3, 10, 52):
    x = list(range(n))
    random.shuffle(x)
    print(x)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])

# 1000 dice rolls summarised: any drift in the generator shows up here.
random.seed(6)
counts = [0] * 7
for _ in range(1000):
    counts[random.randint(1, 6)] += 1
print(counts)
print(sum(random.randrange(1000) for _ in range(2000)))
