# Generators iterated by compiled loops (the VM resumes them from compiled code): values,
# the end, exceptions raised inside them (tracebacks, handlers in the consumer), PEP 479,
# re-entrant resumption, and generators finished or closed mid-way.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def failing(n, bad):
    i = 0
    while i < n:
        yield 100 // (i - bad)
        i += 1


def stops(n):
    i = 0
    while i < n:
        yield i
        i += 1
        if i == n - 3:
            raise StopIteration("early")


total = 0
for v in evens(count(2000)):
    total += v
print(total)

for rounds in range(3):
    got = []
    try:
        for v in failing(200, 150 + rounds):
            got.append(v)
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print(len(got), [(t.name, t.line) for t in tb])

try:
    for v in stops(300):
        total += v
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)


def reenter():
    i = 0
    while i < 100:
        yield i
        i += 1
        if i == 90:
            try:
                next(g)
            except ValueError as e:
                yield str(e)


g = reenter()
print([v for v in g][-12:])

g2 = count(10**6)
s = 0
for v in g2:
    s += v
    if v == 500:
        break
print(s, next(g2), g2.close(), list(g2))


def nested(n):
    for a in count(n):
        for b in count(a):
            yield a * b


print(sum(nested(60)), max(nested(40)))
