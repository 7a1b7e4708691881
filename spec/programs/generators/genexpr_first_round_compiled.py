# Short generator expressions consumed by natives (sum, join, list, tuple, set, any, all, max,
# sorted) many times, so that their loop is compiled and later ones start in it: results,
# exceptions in the first and later rounds (with their tracebacks), empty inputs, generators
# as inputs, early stops.
import traceback

rows = [[1.5, 2.5, 3.5], [0.5, 1.0], [], [2.0]]
cols = [[0.5, 1.0, 2.0], [4.0, 4.0], [], [8.0]]
total = 0.0
for k in range(400):
    r, c = rows[k % 4], cols[k % 4]
    total += sum(x * y for x, y in zip(r, c))
print(total)

words = ["ab", "c", "", "def"]
joined = []
for k in range(300):
    joined.append("-".join(w.upper() for w in words[: k % 5]))
print(joined[:6], len(set(joined)))

acc = []
for k in range(300):
    acc.append((tuple(i * k for i in range(k % 3)), sorted(i % 3 for i in range(k % 4)), any(i > 2 for i in range(k % 5)), all(i < 3 for i in range(k % 5))))
print(acc[:5], acc[-1])


def gen(n):
    for i in range(n):
        yield i * i


print([sum(v for v in gen(k % 6)) for k in range(200)][:8])
print(max(x for x in (3, 9, 4)), sorted(set(c for c in "hello")), list(y for y in iter([])))

errors = 0
for k in range(200):
    try:
        sum(10 / x for x in [k % 7, 1])
    except ZeroDivisionError:
        errors += 1
        if errors in (1, 20):
            lines = traceback.format_exc().splitlines()
            print(lines[-4].split(",", 1)[1], lines[-3:])
print(errors)

try:
    for k in range(100):
        list(int(s) for s in ["1", "2", "x" if k == 70 else "3"])
except ValueError as e:
    print(k, e)

first = []
for k in range(150):
    it = iter(range(k % 4 + 2))
    first.append((next(x for x in it if x > 0), list(it)))
print(first[:4])

# Resumed by compiled code (for loops, next()) rather than by a native consumer.
seen = 0
bad = 0
for k in range(300):
    try:
        for x in (10 // v for v in [k % 5, 2, 1]):
            seen += x
    except ZeroDivisionError:
        bad += 1
print(seen, bad)
print(sum(next(y for y in range(k % 3, 9) if y > 1) for k in range(200)))
