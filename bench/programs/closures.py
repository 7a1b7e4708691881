# Closures: free-variable reads through cells (LOAD_DEREF), `nonlocal` writes
# (STORE_DEREF), closures created in a loop, and lambdas capturing enclosing variables.
def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def make_accumulator():
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total += x
        calls += 1
        return total

    def stats():
        return total, calls

    return add, stats


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    c = make_counter(3)
    add, stats = make_accumulator()
    twice_plus = compose(lambda x: x * 2, lambda x: x + 1)
    made = 0
    for i in range(n):
        add(c() - i)
        add(twice_plus(i) % 5)
        if i % 1000 == 0:
            k = make_counter(i)
            made += k() + k()
    return stats(), made


print(run(1_500_000))
