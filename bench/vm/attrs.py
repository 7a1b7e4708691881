# Attribute access: instance attributes, methods, properties.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Particle:
    def __init__(self, i):
        self.pos = Vec(i, i + 1)
        self.vel = Vec(1, -1)
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1
        return self.pos.dot(self.vel)

ps = [Particle(i) for i in range(100)]
acc = 0
for _ in range(2000):
    for p in ps:
        acc += p.step()
print(acc, ps[0].pos.x, ps[-1].steps)
