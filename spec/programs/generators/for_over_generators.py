# for-loops whose iterator is a generator (one loop site sees many generators, exhausted ones,
# a generator that raises, one closed early by break, and then a list at the same site).


def count(n):
    for i in range(n):
        yield i * i


def total(it):
    s = 0
    for v in it:
        s += v
    return s


print([total(count(n)) for n in range(8)])
print(total([1, 2, 3]), total(range(5)), total(x for x in (4, 5)))


def boom(n):
    yield 1
    if n:
        raise ValueError('boom %d' % n)
    yield 2


for n in range(3):
    try:
        print(n, total(boom(n)))
    except ValueError as e:
        print('caught', e)

log = []


def watched():
    try:
        for i in range(10):
            yield i
    finally:
        log.append('closed')


for v in watched():
    if v == 3:
        break
print(log)

g = count(4)
print(next(g), total(g), total(g))


def nested(n):
    for i in count(n):
        for j in count(i % 3 + 1):
            yield i + j


print(total(nested(30)), list(nested(3)))
