# &, | and ^ of two ints within +-(2**53 - 1) can give -2**53, just past that range; it stays an
# exact int through later operations (repr used to print -36028797018963970 for -2**55).
m = 2**53 - 1
for w in ((-m) & (-2), (-m) ^ 1, (-m) | (-m - 1)):
    y = -w
    print(repr(w), repr(y), repr(y ^ w), repr((y ^ w) ^ (-(y ^ w))), repr(w & w), repr(w | 1), type(w).__name__)

x = 1
for i in range(60):
    x = (-x) ^ x
print(repr(x), repr(-x), repr(x & -x), repr(x | 7))


def loop():
    a = -2
    out = []
    for i in range(70):
        a = (-a) ^ a
        if i % 10 == 9:
            out.append(a)
    return out


print(loop())
print([(-(2**k)) ^ (2**k) for k in range(50, 56)])
print([(-(2**k) + 1) & (-2) for k in range(50, 56)])
