# Nested loops going from one compiled loop to the next many times (the VM's chain): two inner
# loops in one outer loop, empty and one-round inner loops, break/continue/else in inner loops,
# a while loop inside a for loop, an inner loop that stops being compiled part-way (its body
# calls a generator every round), and three levels.


def gen(n):
    yield from range(n)


def two_inner(rows):
    total = 0
    seen = []
    for row in rows:
        for x in row:
            total += x
        for x in row[::-1]:
            if x == 3:
                break
            seen.append(x)
        else:
            seen.append("-")
    return total, len(seen), seen[:20]


rows = [[i % 5] * (i % 4) for i in range(3000)]
print(two_inner(rows))


def while_in_for(n):
    out = 0
    for i in range(n):
        j = i % 7
        while j > 0:
            if j == 4:
                j -= 2
                continue
            out += j
            j -= 1
    return out


print(while_in_for(5000))


def drops(n):
    # The inner loop leaves on every round (a generator call), so it is dropped after a while.
    acc = 0
    for i in range(n):
        for v in [i, i + 1]:
            acc += next(gen(v + 1)) + v
        for w in (1, 2):
            acc += w
    return acc


print(drops(400))


def three_levels(n):
    out = []
    for a in range(n):
        for b in range(a % 3):
            for c in "xy"[: b + 1]:
                out.append((a, b, c))
    return len(out), out[-5:]


print(three_levels(3000))


def changing_kinds(items):
    # The inner iterable changes kind between rounds: list, tuple, str, range, generator.
    n = 0
    s = []
    for it in items:
        for x in it:
            n += 1
            s.append(x)
    return n, s[-12:]


print(changing_kinds([[1, 2], (3,), "ab", range(2), gen(2), [], ""] * 400))
