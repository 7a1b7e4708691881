def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")
c = countdown(2)
print("created")
for v in c:
    print(v)
print(list(c))
def tee(it, n):
    buf = [[] for _ in range(n)]
    it = iter(it)
    def gen(i):
        while True:
            if not buf[i]:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buf:
                    b.append(v)
            yield buf[i].pop(0)
    return [gen(i) for i in range(n)]
a, b = tee(range(4), 2)
print(next(a), next(a), list(b), list(a))
def window(seq, k):
    it = iter(seq)
    win = [next(it) for _ in range(k)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(window("abcde", 3)))
def pairs():
    x = yield
    while True:
        y = yield
        x = yield (x, y)
p = pairs(); next(p)
p.send(1); print(p.send(2))
gen = (i for i in range(3))
print(gen.__next__(), gen.send(None), list(gen))
def with_return():
    yield 1
    return [1, 2]
def delegator():
    r = yield from with_return()
    yield r
print(list(delegator()))
print(list(zip(*(iter("abcdef"),) * 2)))
