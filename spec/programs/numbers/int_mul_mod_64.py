# Products of ints just past 2**53 (computed exactly into one bigint) and big % small moduli
# (computed on the int64 halves), across signs and the edges of both fast paths.
edges = [0, 1, -1, 3, -3, 94906265, 94906267, -94906267, 2**26 + 1, 2**31 - 1, -(2**31), 2**32, 2**32 + 1,
         -(2**32) - 7, 2**40 + 12345, -(2**41) - 3, 2**53 - 1, -(2**53) + 1, 1103515245, 6364136223846793005 % 2**53]
mods = [1, -1, 2, 3, -3, 7, 97, -97, 10007, 2147483647, 2**21, -(2**21), 2**21 + 1, 2**21 - 1, 1000003, 2**32, 12345678901]
tot = 0
lines = []
for a in edges:
    row = []
    for b in edges:
        p = a * b
        row.append(p % 1000000007)
        for m in mods:
            tot = (tot * 31 + p % m) % (2**61 - 1)
    lines.append(row)
for r in lines:
    print(r)
print(tot)
seed = 12345
out = []
for _ in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    out.append(seed)
print(out[-5:], sum(out) % 1000003)
x = 88172645463325252
for _ in range(100):
    x = (x * 6364136223 + 1442695040888963407) % 2**63
print(x)
for v in [2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**62 + 5, -(2**62) - 5, 2**64 + 3]:
    print([v % m for m in mods], [v * 3 for _ in range(1)], divmod(v, 7), divmod(v, -7))
print((2**31 - 1) * (2**31 - 1), -(2**31) * 2**31, 3037000499 * 3037000499, 3037000500 * 3037000500, -3037000500 * 3037000499)
print((2**53 - 1) * 2, (2**53 - 1) * -2, 2**26 * 2**27, -(2**26) * 2**27, (2**26 + 1) * (2**27 + 1))
