s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-1:-4:-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], repr(s[3:3]), s[slice(1, 4)], s[slice(None, None, -3)])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-2, None).indices(10))
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
del lst[1::2]
print(lst)
lst[len(lst):] = [9, 9]
print(lst, lst[-2::-1])
t = tuple(range(6))
print(t[1:4], t[::-2], (1, 2, 3)[-1:])
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s["a":]
except TypeError as e:
    print(e)
class Sliceable:
    def __getitem__(self, k):
        return k
o = Sliceable()
print(o[1:2], o[::], o[1:2, 3], o[...], o[:, 1])
