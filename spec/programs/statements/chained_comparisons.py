# Chained comparisons evaluate each operand at most once and short-circuit.
log = []


def v(label, value):
    log.append(label)
    return value


print(v('a', 1) < v('b', 2) < v('c', 3), log)
log.clear()
print(v('a', 1) < v('b', 0) < v('c', 3), log)
log.clear()
print(v('a', 1) == v('b', 1) != v('c', 2) in v('d', [2]), log)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x < 1 < x, 0 <= x <= 5 <= 5)
print(1 < x > 1.5 != x is not None, 'a' < 'b' < 'c', [1] < [2] < [2, 0])
print(1 in [1] in [[1]], (1 in [1]) in [True])
