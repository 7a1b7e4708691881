# Yields under an `if` inside loops (the filter shape), with else branches, sent values,
# `yield from`, throw() and close() at those yields, and return values.
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def labelled(n):
    i = 0
    while i < n:
        if i % 3 == 0:
            yield ("fizz", i)
        elif i % 3 == 1:
            got = yield ("ask", i)
            if got is not None:
                yield ("got", got)
        else:
            yield from (("sub", i), ("sub2", i))
        i += 1
    return "done"


def echo():
    total = 0
    for _ in range(5):
        if total >= 0:
            x = yield total
            total += x or 0
    return total


print(list(evens(range(10))))
g = labelled(6)
print(next(g), next(g), g.send("hello"), next(g), next(g), list(g))
try:
    g2 = labelled(2)
    while True:
        next(g2)
except StopIteration as e:
    print("StopIteration", e.value)

e = echo()
print(next(e), e.send(3), e.send(4), e.send(None), e.send(10))
try:
    e.send(1)
except StopIteration as s:
    print("returned", s.value)


def guarded():
    for i in range(3):
        if i >= 0:
            try:
                yield i
            except ValueError as exc:
                print("caught", exc)
                yield "recovered"


g = guarded()
print(next(g), g.throw(ValueError("boom")), next(g))
g.close()


def noisy():
    try:
        for i in range(3):
            if True:
                yield i
    finally:
        print("finally ran")


g = noisy()
print(next(g))
g.close()
g = noisy()
try:
    next(g)
    g.throw(KeyError("k"))
except KeyError as exc:
    print("KeyError", exc)
