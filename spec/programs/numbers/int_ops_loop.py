# The same int operator sites run many times with changing operands: safe-range ints,
# negative operands (Python's floor semantics for // and %), results that leave the safe
# range (<< into big ints), zero divisors raising from inside a hot loop, and then other
# types at the same sites (floats, bools, big ints, str % tuple).


def mix(a, b):
    out = []
    out.append(a % b)
    out.append(a // b)
    out.append(a & b)
    out.append(a | b)
    out.append(a ^ b)
    out.append(a >> (b & 7))
    out.append(a << (b & 31))
    return out


acc = []
for a in range(-40, 41, 7):
    for b in (-9, -4, -1, 1, 3, 8, 1000):
        acc.append(mix(a, b))
print(acc[:5])
print(sum(sum(r) for r in acc))

# Results past 2**53 from << and big operands at the same sites.
print(mix(2 ** 52, 3), mix(-(2 ** 60), 7), mix(3, 2 ** 70))
print(mix(True, 3), mix(7, True))

errors = 0
for i in range(-6, 7):
    try:
        print(i, 100 % i, 100 // i, -100 // i, -100 % i)
    except ZeroDivisionError as e:
        errors += 1
        print('error', e)
print(errors)


def aug(n):
    x = 12345
    y = 1
    for i in range(1, n):
        x %= i + 7
        x += i * 31
        x //= 2
        y <<= 1
        y &= 0xFFFF
        y ^= i
        y |= 3
        y >>= 1
    return x, y


print(aug(500))

# A site specialised for ints, then given floats (deoptimises, still right).
def rem(a, b):
    return a % b, a // b


print([rem(i, 4) for i in range(10)])
print(rem(7.5, 2), rem(-7.5, 2), rem(7, -2.5), rem(10 ** 20, 7))
print('%s-%d' % ('x', 5))

# int / int at one site: exact quotients, inexact ones, negative, huge, and a zero divisor.
def div(a, b):
    return a / b


for a, b in [(1, 3), (10, 4), (-7, 2), (2 ** 53 - 1, 3), (9007199254740993, 1), (10 ** 30, 7), (5, 0), (6, 2)]:
    try:
        print(a, b, div(a, b))
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
