# Control flow mixing loops, nested functions, early returns and recursion.
def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 5), search(grid, 10))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(n) for n in range(1, 12)])


def primes_below(n):
    sieve = [True] * n
    sieve[:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, p in enumerate(sieve) if p]


print(primes_below(50))
