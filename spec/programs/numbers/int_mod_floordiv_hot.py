# % and // of ints in hot loops (compiled code): int32 operands, operands past int32 up to the
# edge of the doubles' exact range (2**53), negative dividends and divisors, zero divisors, and
# results checked against divmod and the identity x == (x // y) * y + x % y.
def mods(xs, ys):
    total = 0
    lines = []
    for x in xs:
        for y in ys:
            r = x % y
            q = x // y
            if q * y + r != x or (y > 0 and not 0 <= r < y) or (y < 0 and not y < r <= 0):
                lines.append(("bad", x, y, q, r))
            total += r + q % 1000003
    return total, lines


def loop_fixed(n, m):
    acc = 0
    for i in range(n):
        acc += (i * 2654435761) % m + (i * 2654435761) // m % 7
        acc += (-i * 40503) % m - (-i * 40503) // m % 11
    return acc


base = [0, 1, 2, 7, 1000, 2**31 - 1, 2**31, 2**31 + 5, 2**32 + 1, 10**12 + 39, 2**52 + 3, 2**53 - 1, 2**53, 2**53 + 1, 2**64 + 7]
xs = base + [-x for x in base]
ys = [1, 2, 3, 7, 10007, 2**31 - 1, 2**31, 2**40 + 3, 2**53 - 1, 2**60]
ys = ys + [-y for y in ys]
for _ in range(3):
    print(mods(xs, ys))
print(loop_fixed(20000, 1000003), loop_fixed(20000, 2**40 + 15), loop_fixed(3000, 7))
for x in xs[:8]:
    print(x, [x % y for y in ys[:6]], [x // y for y in ys[:6]])
print(-0 % 5, 0 // 7, -6 % 3, -6 // 3, (-6 % 3) == 0, str(-6 % 3), str(-(2**40) % 2**20))
acc = []
for x in (10, -10, 2**45, -(2**45)):
    try:
        for y in (3, 0):
            acc.append(x % y)
    except ZeroDivisionError as e:
        acc.append(str(e))
    try:
        for y in (3, 0):
            acc.append(x // y)
    except ZeroDivisionError as e:
        acc.append(str(e))
print(acc)
