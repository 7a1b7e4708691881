# Slicing strings with every combination of start, stop and step.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[slice(1, 9, 3)], s[slice(None, None, -3)])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print('😀ab😀'[1:3], '😀ab😀'[::-1])
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-2], list(range(10))[::3], range(10)[2:8:2])
print(s[True:], s[False:True])
