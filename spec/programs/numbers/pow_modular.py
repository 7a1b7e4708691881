# pow(a, e, m): sliding-window modular exponentiation (big moduli), the double-precision path (moduli
# below 2**26.5), negative exponents (modular inverse) and negative moduli.
seed = 12345
def rnd(n):
    global seed
    r = 0
    for _ in range(n.bit_length() // 30 + 1):
        seed = (seed * 1103515245 + 12345) % 2**31
        r = r * 2**31 + seed
    return r % n if n > 1 else 0
vals = [0, 1, 2, 3, 7, -1, -2, -7, 10, 255, 256, 2**31-1, 2**53+1, -(2**61), 94906265, 94906266, 94906264, 10**40+7]
for _ in range(60):
    vals.append(rnd(2**(rnd(399)+1)) - 2**(rnd(399)+1))
out = []
for a in vals[:40]:
    for e in [0, 1, 2, 3, 5, 17, 2**20+3, 2**70+1, rnd(2**600)] :
        for m in [1, -1, 2, 3, -3, 97, 94906265, 94906266, -94906267, 2**64+13, -(2**127-1), 10**40+7, rnd(2**900) + 1]:
            out.append(pow(a, e, m))
print(sum(out) % (10**30), len(out))
print([pow(a, -1, 97) for a in range(1, 97)][:50])
print(pow(3, -5, 2**89-1), pow(-12345678901234567890, -3, 10**20+39))
for a,e,m in [(2,-1,4),(0,-1,5)]:
    try: print(pow(a,e,m))
    except ValueError as x: print('ValueError', x)
try: pow(2, 5, 0)
except ValueError as x: print('ValueError', x)
