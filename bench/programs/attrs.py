# Attribute access and method calls on instances: instance attribute loads and stores,
# class attributes, methods, a property, inheritance with super(), object creation.
class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, i + 1)
        self.vel = Vec(1, -1)
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1
        return self.pos.dot(self.vel)


class Heavy(Particle):
    def __init__(self, i):
        super().__init__(i)
        self.mass = 2

    def step(self):
        return super().step() * self.mass + self.pos.dims


ps = [Particle(i) if i % 4 else Heavy(i) for i in range(100)]
acc = 0
for _ in range(6000):
    for p in ps:
        acc += p.step()
        acc += p.pos.norm1 & 7
print(acc, ps[0].pos.x, ps[-1].steps, ps[0].mass)
