# Many generators of one function resumed at the same yields from compiled loops (next(),
# send(), for, yield from), interleaved, some abandoned mid-way, one whose loop body changes
# its path after a while (a type change at a yield's operand), and fresh frames reusing
# recycled ones.
def counter(start, step):
    i = start
    while True:
        got = yield i
        if got is not None:
            i = got
        else:
            i += step


def two_yields(n):
    for k in range(n):
        yield k
        yield -k


def drive(gens, rounds):
    acc = 0
    for r in range(rounds):
        for g in gens:
            acc += next(g)
            if r % 97 == 5:
                acc += g.send(r)
    return acc


print(drive([counter(s, s + 1) for s in range(6)], 3000))
print(drive([counter(0, 1) for _ in range(3)] + [counter(10.5, 0.25)], 2500))
total = 0
for k in range(300):
    g = two_yields(k % 13 + 1)
    total += sum(g)
    h = two_yields(40)
    total += next(h) + next(h) + next(h)
print(total)


def mixed(n):
    x = 0
    for i in range(n):
        yield x
        x = x + (1 if i < n // 2 else 0.5)


print(sum(mixed(5000)), max(mixed(3001)))


def outer(n):
    yield from counter_limited(n)
    yield from two_yields(n)


def counter_limited(n):
    c = counter(1, 2)
    for _ in range(n):
        yield next(c)


print(sum(outer(4000)), list(outer(3)))
gens = [outer(50) for _ in range(20)]
print([sum(g) for g in gens][:3])
