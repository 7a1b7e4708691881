# Generators: generator functions, `yield from` delegation, generator expressions consumed
# by sum/any/max, send(), and a pipeline of chained generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(n):
    yield from evens(count_up(n))
    yield from (x * 3 for x in range(n // 2))


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


total = 0
for v in chain(1_800_000):
    total += v
print(total, sum(x for x in count_up(300_000) if x % 7), max(w[1] - w[0] for w in windows(count_up(150_000), 3)))
rm = running_mean()
next(rm)
last = 0
for i in range(400_000):
    last = rm.send(i % 1000)
print(last, any(x > 299_998 for x in count_up(300_000)))
