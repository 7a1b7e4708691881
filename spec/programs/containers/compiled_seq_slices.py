# Slices of lists and tuples by ints and Nones inside function loops (the VM's compiled
# slice path), list + list concatenation, and the cases that take the general path.
def run():
    l = list(range(10))
    t = tuple(range(10))
    out = []
    for i in range(-12, 13, 3):
        out.append((l[i:], l[:i], l[i:i + 3], l[::i or 1], t[i:], t[:i], t[i::2], t[::-1][i:]))
    for row in out[:4]:
        print(row)
    print(t[:] is t, t[0:10] is t, t[0:10:1] is t, t[::-1] is t, l[:] is l, t[5:2] is (), type(l[2:]).__name__)
    for step in (0,):
        for s in (l, t):
            try:
                s[::step]
            except ValueError as e:
                print('ValueError', e)
    class L(list): pass
    class T(tuple): pass
    sl, st = L([1, 2, 3]), T((1, 2, 3))
    print(type(sl[1:]).__name__, type(st[1:]).__name__, st[:] is st, sl[True:], t[False:True])
    big = 2 ** 70
    print(l[-big:big], t[big:], l[:-big], t[::big], l[::-big])
    acc = []
    for k in range(20):
        acc = acc + [k] if k % 2 else [k] + acc
    print(acc, [1, 2] + [], [] + [3], len(list(range(40)) + list(range(30))))
    try:
        [1] + (2,)
    except TypeError as e:
        print('TypeError', e)
    s = 0
    idx = list(range(8))
    for _ in range(1000):
        i = 3
        idx[i:] = idx[i + 1:] + idx[i:i + 1]
        s += idx[0] + idx[-1] + len(idx[2:5]) + t[-3:][0]
    print(s, idx)
run()
