# Exceptions raised inside functions that compiled loops call directly, several calls deep,
# caught at each level (in the callee's own loop, in the caller, at module level), and
# the calls going on compiled afterwards; a generator's compiled loop raising into its
# consumer; a recursion that raises at its bottom and is caught part-way up.

class Boom(Exception):
    pass


def leaf(i):
    if i % 7 == 3:
        raise Boom(i)
    return i * 2


def middle(i):
    return leaf(i) + 1


def top(i):
    try:
        return middle(i)
    except Boom as e:
        return -e.args[0]


def run(n):
    total = 0
    caught = 0
    for i in range(n):
        total += top(i)
        try:
            total += middle(i)
        except Boom:
            caught += 1
    return total, caught


print(run(3000))


def deep(k, limit):
    if k == limit:
        raise ValueError(f"bottom {k}")
    try:
        return deep(k + 1, limit) + 1
    except ValueError as e:
        if k % 10 == 0:
            return k
        raise


results = []
for limit in range(5, 80, 7):
    try:
        results.append(deep(0, limit))
    except ValueError as e:
        results.append(str(e))
print(results)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# After all the faults, direct calls still nest as before.
print(fib(20))


def gen(n):
    for i in range(n):
        if i == n - 1:
            raise KeyError(i)
        yield leaf(i) if i % 7 != 3 else -1


out = []
for n in (5, 20, 40):
    try:
        for v in gen(n):
            out.append(v)
    except KeyError as e:
        out.append(("key", e.args[0]))
print(len(out), out[-3:], sum(x for x in out if isinstance(x, int)))


def with_finally(i):
    log = []
    for j in range(i):
        try:
            log.append(top(j))
            if j == i - 2:
                middle(3)
        except Boom:
            log.append("boom")
        finally:
            log.append(j)
    return log


print(with_finally(12)[-6:], len(with_finally(200)))


class Acc:
    def __init__(self):
        self.n = 0

    def add(self, x):
        if x is None:
            raise TypeError("none")
        self.n += x
        return self


a = Acc()
bad = 0
for i in range(2000):
    try:
        a.add(None if i % 97 == 0 else i)
    except TypeError:
        bad += 1
print(a.n, bad)
