# for-loops binding a local variable: over ranges (negative steps, empty), over lists that
# grow or shrink while iterated, the same loop site given a range, then a list, then a tuple,
# `del` of the loop variable inside the body, for/else, and the variable after the loop.


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    else:
        out.append('done')
    return out


print(walk(range(5)), walk(range(10, 0, -3)), walk(range(0)))
print(walk([1, 'a', None]), walk((7, 8)), walk(range(2)), walk('xy'), walk({'k': 1}))


def grow():
    lst = [1, 2, 3]
    seen = []
    for v in lst:
        seen.append(v)
        if v < 5:
            lst.append(v + 3)
    return seen


def shrink():
    lst = list(range(8))
    seen = []
    for v in lst:
        seen.append(v)
        if lst:
            lst.pop()
    return seen


print(grow(), shrink())


def last(n):
    for i in range(n):
        pass
    return i


print(last(4))
try:
    last(0)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)


def deleted():
    out = []
    for i in range(3):
        out.append(i)
        del i
    try:
        return out, i
    except UnboundLocalError as e:
        return out, str(e)


print(deleted())


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += i * j
        for j in [i, -i]:
            total += j
    return total


print([nested(k) for k in range(6)])


def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(closures())
