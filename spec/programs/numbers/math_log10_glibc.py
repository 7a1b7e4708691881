# math.log10 gives what CPython's libm (glibc) gives, which is not always the correctly
# rounded value: log10(1.3) is 0.11394335230683678. Big ints go through frexp.
import math

print(math.log10(1.3), math.log10(1000.0), math.log10(1e-5), math.log10(5e-324), math.log10(2.0 ** -1030))
print(math.log10(10 ** 400), math.log10(2 ** 1000 + 1), math.log10(7), math.log10(True))
h = 0
count = 0
for i in range(1, 3000):
    for x in (i / 7, 1 / (i * 3.1), i * 1.25):
        h = (h * 31 + hash(math.log10(x))) % (2 ** 61)
        count += 1
print(count, h)
for bad in (0, -1.5, float("nan"), float("inf"), -math.inf):
    try:
        print(math.log10(bad))
    except ValueError as e:
        print("ValueError", e)
