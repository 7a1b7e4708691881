# random in the way small programs use it: a seeded simulation (random walk, Monte Carlo
# estimate, card dealing, a tournament with one Random per player, weighted events), whose
# printed results depend on every draw matching CPython's.
import random

random.seed(20240601)

# Random walk on a grid.
x = y = 0
steps = {(0, 1): "N", (0, -1): "S", (1, 0): "E", (-1, 0): "W"}
path = []
for _ in range(200):
    dx, dy = random.choice(list(steps))
    x += dx
    y += dy
    path.append(steps[(dx, dy)])
print("walk", x, y, "".join(path[:40]))

# Monte Carlo estimate of pi.
inside = 0
n = 20000
for _ in range(n):
    px, py = random.random(), random.random()
    if px * px + py * py <= 1.0:
        inside += 1
print("pi ~", 4 * inside / n)

# Deal four bridge hands.
deck = [rank + suit for suit in "SHDC" for rank in "23456789TJQKA"]
random.shuffle(deck)
for seat in range(4):
    hand = deck[seat * 13:(seat + 1) * 13]
    print("hand", seat, " ".join(sorted(hand, key=lambda c: ("SHDC".index(c[1]), "23456789TJQKA".index(c[0])))))

# A round-robin tournament: each player has an own generator.
players = {name: random.Random(name) for name in ("ada", "bob", "cy", "dee")}
score = dict.fromkeys(players, 0)
names = sorted(players)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        ra = players[a].randint(1, 100) + players[a].random()
        rb = players[b].randint(1, 100) + players[b].random()
        score[a if ra > rb else b] += 1
print("tournament", sorted(score.items(), key=lambda kv: (-kv[1], kv[0])))

# Weighted events over time, with a queue of gaussian service times.
events = random.choices(["arrive", "leave", "idle"], weights=[5, 3, 2], k=40)
queue = 0
served = []
for ev in events:
    if ev == "arrive":
        queue += 1
    elif ev == "leave" and queue:
        queue -= 1
        served.append(round(max(0.0, random.gauss(4.0, 1.5)), 3))
print("queue", queue, len(served), served[:6])

# Random passwords and a sampled survey.
alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
print("passwords", ["".join(random.choice(alphabet) for _ in range(10)) for _ in range(3)])
population = list(range(1, 10001))
survey = random.sample(population, 25)
print("survey", sum(survey), min(survey), max(survey))
print("uniform", [round(random.uniform(-1, 1), 6) for _ in range(5)])
print("bits", hex(random.getrandbits(128)), random.randbytes(4).hex())
