# Operands that are plain local names or constants (the tree-walker reads them through caches on
# the parent node): evaluation order with the walrus operator, unbound and deleted locals in
# every operand position, and constants of each kind as operands and arguments.
def order(x):
    a = x + (x := 5)
    b = (x := 7) - x
    c = [x, (x := 1), x]
    d = x < (x := 0)
    lst = [10, 20, 30]
    i = 0
    e = lst[i] + lst[(i := 2)]
    return a, b, c, d, e, i, x


print(order(3))


def unbound(which):
    if which == 0:
        return y + 1
    if which == 1:
        return 1 + y
    if which == 2:
        return y < 3
    if which == 3:
        return y.real
    if which == 4:
        return y[0]
    if which == 5:
        return [1][y]
    if which == 6:
        return abs(y)
    if which == 7:
        y += 1
    if which == 8:
        return y
    if which == 9:
        z = y
    if which == 10:
        while y:
            pass
    if which == 11:
        if y == 1:
            pass
    y = 0


for w in range(12):
    try:
        unbound(w)
    except UnboundLocalError as e:
        print(w, type(e).__name__, e)


def deleted():
    v = [1, 2]
    k = 0
    out = [v[k], v[k] + k, k < 1]
    del k
    try:
        out.append(v[k])
    except UnboundLocalError as e:
        out.append(str(e))
    try:
        v[k] += 1
    except UnboundLocalError as e:
        out.append(str(e))
    return out


print(deleted())


def consts(n):
    s = 'ab'
    t = (1, 2)
    r = [n + 1.5, n * 2, 'x' + s, b'y' * 2, s[0], t[1], 2 ** n, n // 3, n % 3,
         None is None, 3 > n, 'a' in s, (1, 2) == t, -n, 1j * n, ...]
    r.append(max(n, 4, 2.5))
    r.append(round(3.14159, 2))
    r.append(divmod(17, n))
    return r


print(consts(5))


class Box:
    def __init__(self, v):
        self.v = v
        self.items = [v, v + 1]

    def scaled(self, k, extra):
        return self.v * k + extra


def methods(k):
    b = Box(k)
    total = b.scaled(k, 1) + b.scaled(2, k)
    b.v += k
    b.items[0] += k
    b.items[k - 2] -= 1
    return total, b.v, b.items, 'x'.join('abc'), ' '.upper()


print(methods(3))
while_count = 0
n = 3
while while_count < n:
    while_count += 1
print(while_count)
