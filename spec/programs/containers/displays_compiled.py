# List, set and tuple displays built in hot loops and function bodies: constant runs
# (LIST_EXTEND of a constant tuple), star-unpacking of lists, tuples, generators, dicts and
# strs, and the TypeError for a non-iterable.


def consts(n):
    out = []
    for i in range(n):
        a = ["x", "y", "z", i]
        b = ["p", "q", "r"]
        b.append(i)
        out.append("-".join(b[:3]) + str(len(a) + a[3]))
    return out[-2:], b, a


def stars(n):
    acc = []
    for i in range(n):
        t = (i, i + 1)
        l = [*t, *[9, 8], *"ab", *range(2), *{"k": 1}, *(x for x in (7,))]
        s = {*t, *t, 1, 2, 3}
        tt = (*l[:2], *t)
        acc.append((len(l), len(s), tt))
    return acc[-1], l, sorted(s)


def bad(n):
    caught = 0
    for i in range(n):
        v = i if i % 10 == 9 else [i]
        try:
            l = [*v, 1, 2, 3]
        except TypeError as e:
            caught += 1
            msg = str(e)
        try:
            s = {*v}
        except TypeError as e:
            msg2 = str(e)
    return caught, msg, msg2


print(consts(500))
print(stars(400))
print(bad(300))
