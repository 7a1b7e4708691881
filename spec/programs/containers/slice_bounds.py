# Slicing str, tuple and list: None/negative/huge bounds, steps, __index__ objects (each
# called once), bools, errors, and astral strings.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


s = "hello world"
t = tuple(range(10))
l = list(range(10))
for seq in (s, t, l):
    print(seq[2:5], seq[::-1], seq[1:], seq[:-3], seq[-100:100], seq[5:2], seq[::3], seq[8:1:-2])
    print(seq[Idx(1):Idx(4)], seq[Idx(7)::Idx(-2)], seq[True:], seq[10**30:], seq[-10**30:2])
    print(seq[::-100], seq[3:3], seq[-1:-5:-1], seq[len(seq):], seq[:])
    for bad in (slice(None, None, 0), slice("a", None), slice(None, 1.5), slice(None, None, Idx(0))):
        try:
            seq[bad]
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
print(s[:] is s, t[:] is t, l[:] is l, t[0:10] is t, t[0:10:1] is t)
a = "ab\U0001F600cd\U0001F601ef"
print(a[1:4], a[::-1], a[::2], a[2:], a[-3:], len(a[1:-1]))
long = "abcdefghijklmnopqrstuvwxyz" * 3
print(long[::-1], long[::5], long[70:10:-7])
print(s[2:5:1], s[-2:-5:-1], s[0:11:11], "ab"[::-1], ""[::-1], "x"[5:])
