# A counting loop inside a function: fast locals, int arithmetic, comparisons.
def loop(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        else:
            total -= 1
        i += 1
    return total

print(loop(2_000_000))
