# x * y % m, (x * y + c) % m and (x * y - c) % m in hot loops (compiled code computes the
# remainder of a product past 2**53 without a big int): negative operands, constants at the
# edges of the fused range, operands that change type (floats, bools, big ints), and results
# checked against a big-int reference.
M32 = 4294967296


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed)
    return out


def mix(n):
    h = 0
    acc = 0
    for i in range(n):
        h = (h * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        acc += i * i * i % 10009
        acc += (i * 987654321987 - 17) % 1000003
        acc ^= (-i * 99999999977 + 5) % M32
    return h, acc


def edges(vals):
    out = []
    for v in vals:
        out.append((v * 3037000499 % 1, v * 3037000499 % 4294967296, v * 3037000499 % 4294967297, v * -94906267 % 65537, (v * 3037000497 - 4294967295) % 4294967296))
    return out


def reference(vals, m, c):
    return [int((v * 987654321987654 + c) % m) for v in vals]


def fused(vals):
    return [(v * 987654321987654 + 99) % 1000000007 for v in vals]


def fused_sub(vals):
    return [(v * 987654321987654 - 99) % 1000000007 for v in vals]


print(lcg(42, 3000)[-3:], sum(lcg(7, 5000)) % 1000000)
print(mix(4000))
vals = list(range(-2000, 2000, 7)) + [2**52, -2**52, 2**53 - 1, -(2**53 - 1), 0, 1, -1]
print(edges(vals)[-8:], sum(sum(t) for t in edges(vals)))
print(fused(vals) == reference(vals, 1000000007, 99), fused_sub(vals) == reference(vals, 1000000007, -99))
mixed = vals[:50] + [2.5, True, False, 10**30, -10**30, 7.0] * 10 + vals[50:]
print(fused(mixed)[-70:-55], fused_sub(mixed)[45:62])
print([(x * 3 + 1) % 5 for x in range(3000)][-5:], [x * 2**40 % 1000 for x in range(2000)][-3:])
