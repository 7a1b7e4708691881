# for-loops over builtin iterators (zip, enumerate, map, filter, reversed, dict views, sets,
# strings, bytes, iter(callable, sentinel)), each site run many times so the VM specialises
# it; sites that see several iterator types; errors raised while iterating.
def total(it):
    t = 0
    for x in it:
        t += x if isinstance(x, int) else len(x)
    return t


data = list(range(20))
d = {str(i): i for i in range(10)}
runs = []
for k in range(30):
    runs.append((
        total(map(abs, data)),
        total(filter(None, data)),
        total(reversed(data)),
        total(d.values()),
        total(d.keys()),
        total(set(data)),
        total("abcdef"),
        total(b"xyz"),
        total(iter([5, 6, 7].pop, 5)),
    ))
print(runs[0], runs[-1] == runs[0])

pairs = []
for _ in range(20):
    for i, (a, b) in enumerate(zip(data, reversed(data))):
        if i % 7 == 0:
            pairs.append((i, a, b))
print(pairs[:5], len(pairs))

acc = []
for _ in range(10):
    for k, v in d.items():
        acc.append(k * (v % 3))
print(''.join(acc[:12]), len(acc))


def mixed(its):
    out = []
    for it in its:
        for x in it:
            out.append(x)
    return out


print(mixed([zip("ab", "cd"), enumerate("xy"), map(str, range(3)), iter([1, 2]), range(2), {4: 0}, (9,), "q"] * 3)[:12])


def bad(x):
    if x == 13:
        raise ValueError("bad item %d" % x)
    return x


try:
    for _ in range(5):
        s = 0
        for v in map(bad, data):
            s += v
except ValueError as e:
    print(e, s)

dd = {i: i for i in range(5)}
try:
    for k in dd:
        dd[k + 100] = 1
except RuntimeError as e:
    print(e)
ss = set(range(5))
try:
    for x in ss:
        ss.add(x + 100)
except RuntimeError as e:
    print(e)
ll = [1, 2, 3]
for x in reversed(ll):
    ll.append(x) if len(ll) < 6 else None
print(ll)
