# Functions with loops called many times (the VM compiles their bodies, and runs each loop's
# own compiled code from the body): returns from inside loops (for-else, nested loops, while),
# loops that go round zero times, break/continue, temporary generators closed by a return,
# exceptions raised in a loop run from a body, handlers around loops, unbound locals, loops
# whose operand types change between calls, and calls from compiled loops and from native code.
import sys


def first_factor(n):
    # for ... else with a return inside, and a return after the loop
    if n % 2 == 0:
        return 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return d
        d += 2
    return n


def probable_prime(n):
    if n < 4:
        return n > 1
    d = n - 1
    r = 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7):
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def nested(rows, cols):
    total = 0
    for i in range(rows):
        for j in range(cols):
            if j > i:
                break
            total += i * j
        else:
            total -= 1
    return total


def gen(n):
    for i in range(n):
        yield i * i


closed = []


def tracked(n):
    try:
        for i in range(n):
            yield i
    finally:
        closed.append(n)


def first_big(n, limit):
    for v in gen(n):
        if v > limit:
            return v
    return -1


def first_tracked(n):
    for v in tracked(n):
        if v >= 2:
            return v
    return None


def loop_raises(xs, k):
    acc = 0
    for x in xs:
        acc += 100 // (x - k)
    return acc


def loop_handler(xs):
    out = 0
    for x in xs:
        try:
            out += 10 // x
        except ZeroDivisionError:
            out -= 1
    return out


def unbound_after_loop(n):
    for i in range(n):
        last = i
    return last


def mixed(xs):
    s = xs[0] - xs[0]
    for x in xs:
        s = s + x * x
    return s


def counts(s):
    d = {}
    for ch in s:
        d[ch] = d.get(ch, 0) + 1
    return sorted(d.items())


def big_loop(k):
    t = 1
    i = 0
    while i < k:
        t = t * 3 + i
        i += 1
    return t % 1000003, t.bit_length()


results = []
for n in range(1, 400):
    results.append(first_factor(n))
print(sum(results), results[-5:])

big = [n for n in range(10 ** 12 + 1, 10 ** 12 + 400, 2) if probable_prime(n)]
print(len(big), big[:3], big[-1])
small = [n for n in range(0, 200) if probable_prime(n)]
print(len(small), small[-5:])
print([probable_prime(2 ** 89 - 1), probable_prime(2 ** 89 + 1), probable_prime(2 ** 127 - 1)])

print([nested(r, c) for r in range(6) for c in range(4)][-10:])
print(sum(nested(r % 7, r % 5) for r in range(200)))

print([first_big(n, 20) for n in range(0, 80, 7)])
for n in range(50):
    first_tracked(n % 6)
print(len(closed), closed[-6:])

ok = 0
for i in range(100):
    ok += loop_raises([1, 2, 3], 0)
print(ok)
try:
    for i in range(100):
        loop_raises([3, 4, 5], 4 if i == 60 else 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, i, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(sum(loop_handler([0, 1, 2, 0, 5]) for _ in range(100)))

print(sum(unbound_after_loop(k) for k in range(1, 100)))
try:
    for k in range(100, -1, -1):
        unbound_after_loop(k)
except UnboundLocalError as e:
    print("UnboundLocalError", k, e)

print(mixed([1, 2, 3]), mixed([1.5, 2.5]), mixed([2 ** 40, 2 ** 41]))
vals = [mixed([i, i + 1]) for i in range(60)] + [mixed([0.5 * i]) for i in range(60)]
vals += [mixed([2 ** 30 * i, 3]) for i in range(60)]
print(sum(vals[:60]), sum(vals[60:120]), sum(vals[120:]) % 10 ** 9)

print(list(map(counts, ["abca", "zz", "", "hello"] * 20))[-4:])
print([big_loop(k) for k in range(0, 120, 13)])
print(sorted(range(50), key=lambda k: big_loop(k % 9)[0])[:10])
print(sys.getrecursionlimit() > 0)
