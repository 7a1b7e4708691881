# Large ints convert to and from decimal strings (below the 4300-digit default limit).
big = 7 ** 3000
s = str(big)
print(len(s), s[:20], s[-20:])
print(int(s) == big)
print(len(str(10 ** 4299)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
