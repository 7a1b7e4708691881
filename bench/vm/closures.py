# Closures and globals: cells, free variables, LOAD_GLOBAL of functions and builtins.
SCALE = 3

def make_counter(step):
    count = 0
    def inc():
        nonlocal count
        count += step * SCALE
        return count
    return inc

def helper(x):
    return abs(x) % 7

def run(n):
    c = make_counter(2)
    total = 0
    for i in range(n):
        total += helper(c() - i)
    return total

print(run(500_000))
