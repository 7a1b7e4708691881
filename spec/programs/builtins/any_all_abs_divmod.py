# any, all, abs, divmod, pow and round.
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
seen = []


def check(v):
    seen.append(v)
    return v > 2


print(any(check(v) for v in [1, 3, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 1, 5]), seen)
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 + 0j), abs(-10 ** 30), abs(False))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, -4), divmod(10 ** 20, 3))
print(pow(2, 8), pow(2.0, -1), pow(4, 0.5), pow(7, 2, 5))
print(round(3.14159, 3), round(-2.5), round(12345, -3), round(0.5), round(1.5))
