print({10, 3, 100, -1, 2**40, 7, 0, 33, 64, 1000003})
s = set(range(20, 0, -3))
s.add(1000)
s.discard(5)
print(s)
print({1.5, 2.5, -0.5, 3.0, 1e10})
print({(1, 2), (3, 4), (0, 0), (2, 1)})
print({True, 2, None} if False else {2, 1, 0, -2})
print(set([5, 5, 1, 9, 17, 33, 65]))
a = {1, 2, 3, 40, 50}
b = {3, 40, 60, 8}
print(a | b, a & b, a ^ b, a - b)
print(frozenset({9, 8, 7, 6}), sorted({9, 8}))
d = {}
for k in [5, 1, 9, 17]:
    d[k] = k
print(set(d), {k: 0 for k in {33, 1, 65}})
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(list(big)[:10], len(big))
print(set(range(8, -8, -1)))
print({-1, -2, -3, -4})
print({2**62, 2**63, 2**64, -2**63})
