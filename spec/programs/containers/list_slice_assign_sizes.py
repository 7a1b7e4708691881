# List slice assignment: same size, growing, shrinking, empty and reversed bounds, steps,
# deletion, self-assignment, iterables of every kind, and errors, in a function loop too.
def show(desc, f):
    l = list(range(8))
    try:
        f(l)
        print(desc, l)
    except (TypeError, ValueError) as e:
        print(desc, type(e).__name__, e)
def a1(l): l[2:5] = 'abc'
def a2(l): l[2:5] = [9]
def a3(l): l[2:3] = (7, 7, 7, 7)
def a4(l): l[5:2] = ['x']
def a5(l): l[-3:] = l
def a6(l): l[:] = reversed(l)
def a7(l): l[::2] = range(4)
def a8(l): l[::-3] = 'XYZ'
def a9(l): l[1:7:2] = [0]
def a10(l): del l[1:7:2]
def a11(l): del l[::-1]
def a12(l): l[2:4] = 5
def a13(l): l[100:] = [1, 2]
def a14(l): l[-100:1] = []
def a15(l): l[2 ** 80:] = [3]
def a16(l): l[3:3] = (c for c in 'gen')
def a17(l): l[1:4] = l[4:7]
def a18(l): l[0:0] = l
def a19(l): l[::1] = {}
for i, f in enumerate((a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19), 1):
    show(f.__name__, f)
def loop():
    perm = list(range(9))
    flips = 0
    for r in range(2000):
        k = perm[0] or (r % 8) + 1
        perm[:k + 1] = perm[k::-1]
        perm[1:3] = perm[2:0:-1]
        flips += perm[0] + perm[-1]
        if r % 7 == 0:
            perm[4:6] = [perm[5], perm[4], perm.pop()]
        if r % 11 == 0:
            perm[-2:] = perm[-1:]
            perm.append(len(perm))
    return flips, perm
print(loop())
