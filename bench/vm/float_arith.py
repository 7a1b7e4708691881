# Float arithmetic: a small n-body style integration.
def advance(bodies, dt, steps):
    for _ in range(steps):
        for i in range(len(bodies)):
            x1, y1, vx1, vy1, m1 = bodies[i]
            for j in range(i + 1, len(bodies)):
                x2, y2, vx2, vy2, m2 = bodies[j]
                dx = x1 - x2
                dy = y1 - y2
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                vx1 -= dx * m2 * mag
                vy1 -= dy * m2 * mag
                bodies[j] = [x2, y2, vx2 + dx * m1 * mag, vy2 + dy * m1 * mag, m2]
            bodies[i] = [x1 + dt * vx1, y1 + dt * vy1, vx1, vy1, m1]
    return bodies

bodies = [[float(i), float(i * 2 % 7), 0.0, 0.0, 1.0 + i * 0.1] for i in range(8)]
r = advance(bodies, 0.001, 4000)
print(round(sum(b[0] for b in r), 6), round(sum(b[1] for b in r), 6))
