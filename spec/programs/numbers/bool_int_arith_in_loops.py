# ints and bools mixed in compiled loops: the bool counts as 0 or 1 and the result is an int,
# except &, | and ^ of two bools, which stay bools; overflow past 2**53 and errors too.
def tally(xs):
    pos = big = 0
    for x in xs:
        pos += x > 0
        big = big + (x > 100) * 2
    return pos, big


print(tally([5, -3, 200, 0, 150, -1] * 50))

ops = []
for i in range(40):
    b = i % 3 == 0
    ops.append((i + b, i - b, b - i, i * b, b * i, i // (b + 1), i % (True + 1), i ** b, i << b, i >> b, i & b, i | b, i ^ b, b + b))
print(ops[:4], ops[-1])
print(sum(1 for o in ops for v in o if type(v) is bool))

both = []
for i in range(30):
    a, b = i % 2 == 0, i % 3 == 0
    both.append((a & b, a | b, a ^ b, a + b, a - b, a * b))
print(both[:6], [type(v).__name__ for v in both[0]])

acc = 2 ** 53 - 3
for i in range(6):
    acc += True
print(acc, type(acc))

errs = 0
for i in range(20):
    try:
        i // (i % 2 == 5)
    except ZeroDivisionError as e:
        errs += 1
        msg = str(e)
print(errs, msg)
f = 0.5
for i in range(10):
    f += i > 4
print(f)
