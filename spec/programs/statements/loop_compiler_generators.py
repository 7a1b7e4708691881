# Generators whose loops the VM compiles: resumed after each yield by a for-loop, by natives
# (sum, list, max, any, sorted, str.join), by next() and send(), with throw() and close()
# arriving in the middle of a compiled loop, and a Python-function call between yields.


def evens(n):
    i = 0
    while i < n:
        if i % 2 == 0:
            yield i * i
        i += 1


def scaled(it, k):
    for x in it:
        yield x * k + 0.5


def helper(x):
    return x + 1


def calls(n):
    total = 0
    for i in range(n):
        total = helper(total) + i
        yield total


print(sum(evens(200)), list(evens(30))[-3:], max(scaled(range(100), 3)))
print(sum(x for x in range(500) if x % 3), any(x > 90 for x in evens(100)), sorted(x % 7 for x in range(40))[-5:])
print(",".join(str(v) for v in calls(30))[-30:])
total = 0
for v in scaled(evens(120), 2):
    total += v
print(total)


def acc():
    s = 0
    n = 0
    while True:
        x = yield s
        if x is None:
            break
        s += x
        n += 1
    return n


g = acc()
next(g)
for i in range(50):
    last = g.send(i)
print(last)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def guarded(n):
    i = 0
    try:
        while i < n:
            try:
                yield i
            except ValueError as e:
                yield f"caught {e} at {i}"
            i += 1
    finally:
        print("finally at", i)


g = guarded(100)
seen = [next(g) for _ in range(40)]
print(seen[-2:], g.throw(ValueError("boom")), next(g), next(g))
g.close()
g = guarded(30)
print(sum(1 for _ in g))


def nested(n):
    for i in range(n):
        for j in range(i):
            if (i + j) % 5 == 0:
                yield i, j


print(len(list(nested(40))), list(nested(12))[:4])
