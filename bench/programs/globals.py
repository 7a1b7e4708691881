# Global and builtin reads in a hot loop inside functions (LOAD_GLOBAL and its caches):
# module constants, a module-level table, global functions, and builtins (len, abs, min).
SCALE = 3
OFFSET = 11
LIMIT = 97
TABLE = [7, 1, 8, 2, 8, 1, 8, 2, 8]


def weight(x):
    return x % LIMIT


def score(n):
    acc = 0
    for i in range(n):
        acc += abs(i - OFFSET) * SCALE + len(TABLE) + min(i, LIMIT) + weight(i)
        acc -= TABLE[i % len(TABLE)]
    return acc


def count_small(n):
    hits = 0
    for i in range(n):
        if weight(i) < OFFSET and isinstance(i, int):
            hits += 1
    return hits


print(score(1_300_000), count_small(800_000))
