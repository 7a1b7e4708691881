# Sorting by tuple keys of one and two positions (every number/str combination), mixed tuple
# lengths, equal keys (stability, -0.0 == 0.0), bigints and bools in a number column, reverse.
seed = 11


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


n = 700
nums = [rnd(9) / 2 - 2 for _ in range(n)]
ints = [rnd(5) for _ in range(n)]
strs = ["s%d" % rnd(6) for _ in range(n)]
nums[3] = -0.0
nums[4] = 0.0
ints[7] = 2 ** 80
ints[8] = True
keys = {
    "(num,)": lambda i: (nums[i],),
    "(str,)": lambda i: (strs[i],),
    "(num,num)": lambda i: (nums[i], ints[i]),
    "(num,str)": lambda i: (nums[i], strs[i]),
    "(str,num)": lambda i: (strs[i], nums[i]),
    "(str,str)": lambda i: (strs[i], strs[(i * 7) % n]),
    "(int,str)": lambda i: (ints[i], strs[i]),
    "mixed len": lambda i: (strs[i],) if i % 3 == 0 else (strs[i], nums[i]),
}
for name, key in keys.items():
    for rev in (False, True):
        order = sorted(range(n), key=key, reverse=rev)
        ok = all((key(a) < key(b)) if not rev else (key(a) > key(b)) or (key(a) == key(b) and a < b)
                 for a, b in zip(order, order[1:]) if key(a) != key(b)) and \
            all(a < b for a, b in zip(order, order[1:]) if key(a) == key(b))
        print(name, rev, order[:12], order[-4:], ok)
