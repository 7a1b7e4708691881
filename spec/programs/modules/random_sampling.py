# random.sample (both of CPython's strategies: a pool list when the population is small
# relative to k, else a set of chosen indices; counts= expands the population) and
# random.choices (random()*n without weights; bisect over cumulative weights otherwise).
import random
from collections import deque

random.seed(8)
print(random.sample(range(10), 10))
print(random.sample(range(10), 3), random.sample(range(10), 0))
print(random.sample("abcdefghijklmnopqrstuvwxyz", 5))
print(random.sample(range(21), 5), random.sample(range(22), 5))       # around setsize 21
print(random.sample(range(100), 6), random.sample(range(85), 6))      # k > 5: setsize 85
print(random.sample(range(86), 6), random.sample(range(1000), 30))
print(random.sample(range(10**9), 8))
print(random.sample(range(300), 200)[-5:])
print(random.sample((1, 2, 3, 4), 2), random.sample([None, True, 0.5], 3))
print(random.sample(deque([5, 6, 7, 8]), 2), random.sample(b"bytes", 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=6))
print(random.sample(["a", "b", "c"], 4, counts=[1, 10, 1]))
print(random.sample(range(3), k=2, counts=[0, 0, 5]))

# Lottery: sorted draws are stable across seeds.
for s in range(3):
    random.seed(s)
    print(sorted(random.sample(range(1, 50), 6)))

random.seed(123)
print(random.choices("abc"), random.choices("abc", k=10))
print(random.choices(range(1000), k=5), random.choices([1], k=3), random.choices("ab", k=0))
print(random.choices("abc", [5, 1, 1], k=10))
print(random.choices("abc", weights=[0.2, 0.3, 0.5], k=10))
print(random.choices("abc", cum_weights=[1, 1, 10], k=10))
print(random.choices(["x", "y"], [0, 1], k=5), random.choices("xy", [2**70, 1], k=3))
print(random.choices("abcd", [1.5, 0, 2.5, 1], k=12))
print(random.choices(range(5), k=-2))

# A weighted simulation summarised.
random.seed(2)
tally = {}
for pick in random.choices(["win", "lose", "draw"], [18, 37, 10], k=5000):
    tally[pick] = tally.get(pick, 0) + 1
print(sorted(tally.items()))
