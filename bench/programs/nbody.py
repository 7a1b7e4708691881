# Float arithmetic, n-body style: a few bodies in 3-D under mutual gravity, integrated with
# small time steps. Boxed floats, list indexing, tuple unpacking, math.sqrt.
import math

def make_bodies(n):
    bodies = []
    for i in range(n):
        angle = i * 0.9
        r = 1.0 + 0.5 * i
        pos = [r * math.cos(angle), r * math.sin(angle), 0.1 * (i - n / 2)]
        vel = [-0.3 * math.sin(angle) / r, 0.3 * math.cos(angle) / r, 0.0]
        bodies.append((pos, vel, 0.5 + 0.25 * (i % 3)))
    return bodies


def energy(bodies):
    e = 0.0
    for i, (p, v, m) in enumerate(bodies):
        e += 0.5 * m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
        for q, _, m2 in bodies[i + 1:]:
            dx = p[0] - q[0]
            dy = p[1] - q[1]
            dz = p[2] - q[2]
            e -= m * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz + 0.01
            mag = dt / (d2 * math.sqrt(d2))
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, _ in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


bodies = make_bodies(5)
print(f"{energy(bodies):.9f}")
advance(bodies, 0.001, 90_000)
print(f"{energy(bodies):.9f}")
print(" ".join(f"{p[0]:.6f}" for p, _, _ in bodies))
