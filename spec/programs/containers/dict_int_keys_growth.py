# dicts keyed by small ints as they grow, shrink and regrow: comprehensions, d[i] = v in loops,
# bool/int/float keys that are equal (True == 1 == 1.0: the first key stays, the value changes),
# deletions then re-insertions (order and len), keys around 2**30 and negative keys.
def build(n, step):
    d = {}
    for i in range(0, n * step, step):
        d[i] = i * 2
    return d


d = build(100, 3)
print(len(d), list(d)[:5], list(d)[-3:], d[297], sum(d.values()))
c = {k: k * k for k in range(-50, 50)}
print(len(c), c[-50], c[49], list(c)[:3])
e = {True: "bool", 2: "two"}
e[1] = "int one"
e[1.0] = "float one"
e[0] = "zero"
e[False] = "false"
print(e)
for i in range(3, 40):
    e[i] = i
for i in range(0, 40, 2):
    del e[i]
print(len(e), list(e)[:6])
for i in range(0, 40, 4):
    e[i] = -i
print(len(e), list(e)[-5:], e.get(True), e.get(1.0), 1 in e, 0 in e, 2.0 in e)
big = {}
for k in (2**30 - 1, 2**30, -(2**30), -(2**30) - 1, 2**31, -1, -2, 2**53):
    big[k] = str(k)
    big[k] = big[k] + "!"
print(big)
counts = {}
for i in range(5000):
    k = (i * 7919) % 613
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts[0], counts[612], max(counts.values()), min(counts.values()))
z = dict.fromkeys(range(20), 0)
for i in range(20):
    z[i] += i
    if i % 3 == 0:
        del z[i]
        z[i] = "back"
print(z)
class I(int):
    pass
m = {I(5): "sub"}
m[5] = "int"
print(m, type(list(m)[0]).__name__)
