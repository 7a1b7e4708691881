# float.fromhex: correct rounding (half to even) of long mantissas, subnormals and underflow.
import random
rng = random.Random(12345)
cases = ['0x1.8p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1.fffffffffffffp-1023', '0x1.fffffffffffff8p-1023',
         '0x0.00000000000008p-1022', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0', '0x1.fffffffffffff7ffp1023',
         '0x1.fffffffffffff8p1023', '0x1p1024', '0x.1p-1070', '0x10000000000000000000000p-100', '-0x1.8p-1074', '0x7p-1077', '0x5p-1077', '0x1p-2000', '0x1p-1074']
for _ in range(300):
    nd = rng.randint(1, 30)
    digits = ''.join(rng.choice('0123456789abcdef') for _ in range(nd))
    point = rng.randint(0, nd)
    e = rng.choice([rng.randint(-1200, -1000), rng.randint(-60, 60), rng.randint(990, 1030)])
    cases.append(('-' if rng.random() < 0.2 else '') + '0x' + digits[:point] + '.' + digits[point:] + 'p' + str(e))
out = []
for c in cases:
    try:
        out.append(float.fromhex(c).hex())
    except OverflowError as e:
        out.append('OverflowError ' + str(e))
for i in range(0, len(out), 4):
    print(' '.join(out[i:i + 4]))
