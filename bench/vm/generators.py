# Generators: yield, generator expressions, yield from.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(n):
    for x in count_up(n):
        if x % 2 == 0:
            yield x

def chain(n):
    yield from evens(n)
    yield from (x * 3 for x in range(n // 2))

total = 0
for v in chain(600_000):
    total += v
print(total, sum(x for x in count_up(200_000)))
