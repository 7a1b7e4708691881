# Floor division, modulo and divmod of ints near the edges of the 53-bit range, every sign pair.
import itertools
vals = [0, 1, -1, 7, -7, 2**53 - 1, -(2**53 - 1), 2**52 + 1, 10**15 + 3, -(10**15) - 7, 3, -3, 2**31, 97]
out = []
for a, b in itertools.product(vals, vals):
    if b:
        out.append((a // b, a % b, divmod(a, b)))
print(len(out), hash(tuple(out)) & 0xffffffff, out[:6], out[-6:])
