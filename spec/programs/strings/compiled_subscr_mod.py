# str subscripts (indexes and slices), list/tuple slices and str % in loops that run compiled
# on the VM (inside functions, many rounds), with operand kinds changing part-way and errors
# raised from the middle of the loop.


class S(str):
    def __rmod__(self, other):
        return "rmod(" + other + ")"


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


def slices(words):
    out = []
    for i in range(40):
        w = words[i % len(words)]
        out.append(w[::-1] + "|" + w[:2] + "|" + w[1:-1] + "|" + w[::2] + "|" + w[-3:] + "|" + w[i % 3])
    return out


words = ["alpha", "béta", "γάμμα", "d\U0001F600lt\U0001F601a", "e\ud800ps", "zé\U00010348ta", "x"]
try:
    print(ascii(slices(words)))
except IndexError as e:
    print("IndexError", e)
words[-1] = "xyz"
for line in slices(words):
    print(ascii(line))


def seq_slices(n):
    l = list(range(10))
    t = tuple("abcdefghij")
    acc = []
    for i in range(n):
        acc.append((l[i % 5:], t[: i % 4], l[::-(i % 3 + 1)], t[Idx(1):Idx(3)], l[i % 10]))
    return acc


for row in seq_slices(12):
    print(row)


def mixed_keys(keys):
    s = "héllo\U0001F600wörld"
    out = []
    for k in keys:
        try:
            out.append(s[k])
        except (IndexError, TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


keys = [0, 1, -1, 5, 6, slice(2, 8), slice(None, None, -2), Idx(3), 40, -40, "a", 1.5, None, True,
        slice("a", 2), slice(1, 9, 0)] * 3
for r in mixed_keys(keys):
    print(ascii(r))


def other_containers(objs):
    out = []
    for o in objs:
        try:
            out.append(o[1:3])
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(other_containers([[1, 2, 3, 4], (5, 6, 7), "abcd", b"wxyz", bytearray(b"pqrs"), range(10), {1: 2}, 5] * 3))


def percents(n):
    out = []
    fmts = ["%-8s %6d %s", "%05.1f|%x|%r", "%(a)s-%(b)03d", "%c%c", "%s", "%%d %d"]
    args = [("ab", 3, "c"), (2.25, 255, "q"), {"a": "é", "b": 7}, (65, "\U0001F600"), [1, 2], (9,)]
    for i in range(n):
        k = i % len(fmts)
        out.append(fmts[k] % args[k])
    return out


print(percents(30))


def percent_errors(pairs):
    out = []
    for f, a in pairs:
        try:
            out.append(f % a)
        except (TypeError, ValueError, KeyError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


pairs = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", {"j": 1}), ("%(k)s", (1,)), ("%z", 1),
         ("%c", 0x110000), ("%d", 3), (5, 2), ("%s", S("sub")), ("%s", [1, 2]), ("%x", 2.5), ("%.2f", "1"),
         ("%s", ()), ("no directive", 1), ("no directive", {}), ("%d%%", 7)] * 3
for r in percent_errors(pairs):
    print(ascii(r))


def int_then_str(vals):
    # One % site meeting ints, then strs, then ints again.
    out = []
    for a, b in vals:
        out.append(a % b)
    return out


print(int_then_str([(i, 7) for i in range(20)] + [("<%s>", i) for i in range(20)] + [(-i, 3) for i in range(20)]))


def literal_slices(objs):
    # Slices written in place (BUILD_SLICE then BINARY_SUBSCR) with every kind of bound.
    out = []
    big = 10 ** 20
    for i, o in enumerate(objs):
        k = i % 5 - 2
        try:
            out.append((o[k:], o[:k], o[k::2], o[::-1], o[-k:k:-1], o[big:], o[-big:2], o[1:big:3], o[None:None:None],
                        o[True:], o[Idx(1):Idx(-1)]))
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            out.append(o[1.5:])
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            out.append(o[::k - k])
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


objs = ["hello world", "h\xe9llo", "a\U0001F600b\U0001F601c", "x\ud800y", "", "z", S("subclass"), [1, 2, 3, 4], (5, 6, 7),
        b"bytes!", range(7)]
for r in literal_slices(objs * 3):
    print(ascii(r))


def slice_error_traceback(s):
    for i in range(20):
        t = s[i:i + 2:(1 if i < 15 else 0)]
    return t


try:
    slice_error_traceback("abcdefghijklmnopqrstuvwxyz")
except ValueError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)
    print("ValueError", e, [(f.name, f.line) for f in tb])
