# Every arithmetic and comparison operator over a grid of exact ints (small, at the edge of
# 2**53, big), floats (signed zeros, infinities, NaN) and bools: the fast paths for exact
# int/float operands must agree with the generic number protocol, including inf/nan floor
# division and modulo and 0.0 ** -inf.

vals = [0, 1, -1, 7, -7, 3, 2**53 - 1, -(2**53 - 1), 2**53, 10**20, 0.0, -0.0, 1.5, -2.5, 7.0,
        float('inf'), float('-inf'), float('nan'), True, False]
ops = ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', '!=', '>', '>=']
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            if op == '**' and isinstance(b, int) and abs(b) > 64:
                continue
            try:
                r = eval('a %s b' % op)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' '.join(row))

x = 5
x += 2.5; x -= 1; x *= 3; x /= 2
y = 17
y //= 5; y %= 2; y **= 3
z = 2**53 - 1
z += 1; z *= 3
print(x, y, z, 0 * -1, -0.0 * 1, (-4) % 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, 2 ** 0.5)
print(divmod(float('inf'), 3), divmod(5.0, float('nan')), divmod(-7, 2), divmod(7.5, -2))
print((-8) ** (1 / 3))
