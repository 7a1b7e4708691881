# Infinite generators consumed partially.
def naturals(start=0):
    while True:
        yield start
        start += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


def take(n, it):
    return [next(it) for _ in range(n)]


print(take(10, primes()))
print(take(5, (x * x for x in naturals(1))))
nat = naturals()
print(take(3, nat), take(3, nat))


def cycle(items):
    while True:
        yield from items


print(take(7, cycle('abc')))
