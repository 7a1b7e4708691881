# Generator expressions that use variables of the enclosing function, consumed many times by
# tuple/list/sorted/set/join/sum/min/max/any/all, and generator functions whose loops end in
# `return` (with a value, which these consumers ignore) or in an exception after the loop.
def work(n):
    pool = (3, 1, 4, 1, 5, 9, 2, 6)
    idx = list(range(8))
    k = 2
    out = []
    for i in range(n):
        t = tuple(pool[j] for j in idx[: i % 9])
        s = sum(pool[j] * k for j in idx)
        m = max((pool[j] + i for j in idx), default=-1)
        a = any(pool[j] > 8 + i % 2 for j in idx)
        st = sorted({pool[j] % (k + 1) for j in idx})
        w = "".join(str(pool[j]) for j in idx if j % k)
        out.append((t, s, m, a, st, w))
    return out

r = work(300)
print(r[0], r[7], r[-1], len(r))

def counted(limit, tag):
    n = 0
    for x in range(limit):
        n += 1
        yield (tag, x)
    return n * 100

def failing(limit):
    for x in range(limit):
        yield x
    raise ValueError("after %d" % limit)

tot = 0
for i in range(200):
    tot += len(list(counted(i % 6, "a"))) + sum(x for _, x in counted(i % 4, "b"))
    try:
        tot += sum(failing(i % 3))
    except ValueError as e:
        last = str(e)
print(tot, last)

def lazy_cells(n):
    res = []
    for i in range(n):
        base = i
        gen = (base + j for j in range(3))
        base = -100
        res.append(list(gen))
    return res
print(lazy_cells(40)[-2:])
