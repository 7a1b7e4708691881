# What only a generator's frame held dies when the generator finishes in a `for` loop (CPython
# clears the frame then), also when a name still holds the generator, or when the generator is
# let go of after it finished: list()/sum()/max() of one; in module code, in a function and in a
# hot loop. A frame's (or a list's) values are let go of one after another, so what a later
# local still holds outlives the earlier one (`objs` then `o`).
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def simple(n):
    r = R(n)
    yield 1
    print("after", n)


def holds_many(n):
    objs = [R(n), R(n + 1)]
    for o in objs:
        yield o.n


def gives(n):
    keep = R(n)
    yield keep
    other = R(n + 100)
    yield other.n


def returns(n):
    objs = [R(n), R(n + 1)]
    for o in objs:
        pass
    return len(objs)


for x in simple(1):
    print("got", x)
print("end 1")
print(list(holds_many(2)))
print("end 2")
print(sum(holds_many(4)))
print("end 3")
got = max(gives(6), key=lambda v: 0 if isinstance(v, R) else 1)
print("max gave", got)
print("end 4")
kept = list(gives(7))
print(type(kept[0]).__name__, kept[1])
print("end 5")
print(returns(9))
print("end 6")


def in_function():
    for x in simple(11):
        print("got", x)
    print("loop over")


in_function()
print("end 7")

deleted = []


class Quiet:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        deleted.append(self.n)


def quiet(n):
    q = Quiet(n)
    yield n
    yield n + 1


def hot():
    total = 0
    for i in range(3000):
        for x in quiet(i):
            total += x
        if len(deleted) != i + 1:
            print("round", i, "deleted", len(deleted))
            break
    print(total, len(deleted), deleted[:3], deleted[-1])


hot()
del kept
print("end 8")

g = simple(12)
print(next(g))
for x in g:
    print("rest", x)
print("end 9", g.gi_frame)


def named():
    h = simple(13)
    for x in h:
        print("got", x)
    print("end 10", h.gi_frame)


named()
deleted.clear()


def hot_named():
    gens = []
    for i in range(3000):
        gen = quiet(i)
        gens.append(gen)
        for x in gen:
            pass
        if len(deleted) != i + 1:
            print("round", i, "deleted", len(deleted))
            break
    print(len(gens), len(deleted))


hot_named()


def closed_early():
    a = R(14)
    try:
        yield a.n
        yield 15
    finally:
        print("finally closed_early")


for x in closed_early():
    print("x", x)
    break
print("end 11")


def leaves_early():
    for x in closed_early():
        return x


print(leaves_early())
print("end 12")
