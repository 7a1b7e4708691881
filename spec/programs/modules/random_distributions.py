# random's real-valued distributions, each drawn with CPython's algorithm from the same
# stream of random() values, so the floats (full repr) must match CPython's for each seed.
import random

for seed in (1, 2023, 987654321):
    random.seed(seed)
    print("seed", seed)
    print(" uniform", random.uniform(1, 10), random.uniform(5.5, -2.5), random.uniform(3, 3))
    print(" triangular", random.triangular(), random.triangular(0, 10, 8),
          random.triangular(10, 0), random.triangular(2, 2, 2), random.triangular(1, 3, 1))
    print(" gauss", random.gauss(), random.gauss(), random.gauss(100, 15), random.gauss(0, 0.1))
    print(" normalvariate", random.normalvariate(), random.normalvariate(10, 2))
    print(" lognormvariate", random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.5))
    print(" expovariate", random.expovariate(1.0), random.expovariate(0.2), random.expovariate(30))
    print(" vonmisesvariate", random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4),
          random.vonmisesvariate(3.0, 0.5), random.vonmisesvariate(-1, 50))
    print(" gammavariate", random.gammavariate(0.5, 1), random.gammavariate(1, 2),
          random.gammavariate(2.5, 0.5), random.gammavariate(9, 3), random.gammavariate(0.05, 1))
    print(" betavariate", random.betavariate(2, 5), random.betavariate(0.5, 0.5),
          random.betavariate(1, 1), random.betavariate(10, 0.3))
    print(" paretovariate", random.paretovariate(1), random.paretovariate(3.5))
    print(" weibullvariate", random.weibullvariate(1, 1.5), random.weibullvariate(2, 0.5))

# Long runs: means and an interleaving of gauss() with other draws.
random.seed(42)
n = 3000
print(sum(random.gauss(5, 2) for _ in range(n)) / n)
print(sum(random.normalvariate(0, 1) for _ in range(n)) / n)
print(sum(random.expovariate(4) for _ in range(n)) / n)
print(sum(random.gammavariate(3, 2) for _ in range(n)) / n)
print(sum(random.betavariate(2, 3) for _ in range(500)) / 500)
print(sum(random.vonmisesvariate(1, 2) for _ in range(500)) / 500)
out = []
for i in range(6):
    out.append(random.gauss())
    out.append(random.random())
print(out)
random.seed(42)
a = random.gauss()
random.seed(42)                # seed() forgets the cached second gauss value
print(a == random.gauss())
