# Bitwise operators and shifts on ints between 2**31 and 2**53 (both signs), the range the
# backends now compute without bigints, checked against values built with arithmetic and
# against wide (bigint) operands, in straight-line code and in loops (specialised paths).
vals = [0, 1, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, -2**32,
        0x9908b0df, 0xefc60000, 3000000000, -3000000000, 2**52 + 12345, -2**52 - 7,
        2**53 - 1, -2**53 + 1, 2**53, -2**53, 2**70 + 5, -2**70 - 3, 123456789012345]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
for a in vals:
    print(a, [a >> s for s in (0, 1, 5, 31, 32, 33, 52, 53, 54, 100)])
    print(a, [a << s for s in (0, 1, 5, 20, 21, 22, 31, 32, 52, 53, 60)])

# A loop of uint32 arithmetic (an xorshift generator and MT19937 tempering).
x = 2463534242
acc = 0
for i in range(2000):
    x ^= (x << 13) & 0xffffffff
    x ^= x >> 17
    x ^= (x << 5) & 0xffffffff
    y = x
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >> 18
    acc = (acc + y) & 0xffffffffffff
    acc |= i << 40
print(x, y, acc)

# Mixed signs and in-place forms.
z = -123456789012
z &= 0xfffffffffff
print(z)
z |= -2**40
print(z)
z ^= 2**45 + 3
print(z)
z >>= 3
print(z)
z <<= 9
print(z)
try:
    print(5 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print((2**40) >> -1)
except ValueError as e:
    print(type(e).__name__, e)
print(True & 3000000000, 3000000000 | False, (2**40) ^ True)
