# str methods called with no argument or one positional argument, and len(), inside loops
# (compiled on the VM, where these calls skip the argument array) and at module level, on
# ASCII, non-ASCII, astral and lone-surrogate text, with str-subclass, None and wrong-typed
# arguments and the errors they raise.


class S(str):
    pass


class Weird:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


texts = ["  Alpha Beta  ", "\tgamma\n", "ÉCOLE été", "straße ǅ ΣΑΣ", " d\U0001F600lta \U0001F600 ", "x\ud800y\udc00",
         "0x5|05", "", "   ", "\u2003em\u2003", "a|b||c|", S("  sub Class  "), "İstanbul"]


def no_args(ts):
    out = []
    for t in ts:
        out.append((t.strip(), t.lstrip(), t.rstrip(), t.lower(), t.upper(), t.title(), t.capitalize(),
                    t.casefold(), t.swapcase(), t.split(), t.isalnum(), t.isalpha(), t.isdigit(),
                    t.isspace(), t.islower(), t.isupper(), len(t)))
    return out


for row in no_args(texts * 2)[: len(texts)]:
    print(ascii(row))


def one_arg(ts, args):
    out = []
    for t in ts:
        for a in args:
            row = []
            try:
                row.append(t.strip(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.lstrip(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.rstrip(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.find(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.rfind(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.index(a))
            except (TypeError, ValueError) as e:
                row.append(type(e).__name__ + ": " + str(e))
            try:
                row.append(t.rindex(a))
            except (TypeError, ValueError) as e:
                row.append(type(e).__name__ + ": " + str(e))
            try:
                row.append(t.startswith(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.endswith(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.split(a))
            except (TypeError, ValueError) as e:
                row.append(type(e).__name__ + ": " + str(e))
            try:
                row.append(t.count(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            try:
                row.append(t.join(a))
            except TypeError as e:
                row.append("TypeError: " + str(e))
            out.append(row)
    return out


args = [" ", "a", "|", "", None, S("a"), ("a", " "), 5, "\U0001F600", "\ud800", "ß", ["p", "q"], "\udc00", "SS"]
for row in one_arg(texts, args):
    print(ascii(row))


def lens(objs):
    out = []
    for o in objs:
        try:
            out.append(len(o))
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(lens([[1, 2], (3,), {1: 2}, {1}, "abc", "\U0001F600\U0001F600", "a\ud800", b"xy", range(5), Weird(), BadLen(), 3,
            None, S("sub"), bytearray(3), frozenset([1, 2])] * 3))


def shadowed(ts):
    # A method of a str subclass overriding one of them, at the same call site.
    class Loud(str):
        def strip(self):
            return "LOUD"

        def startswith(self, p):
            return "never"

    out = []
    for i, t in enumerate(ts):
        u = Loud(t) if i % 3 == 0 else t
        out.append((u.strip(), u.startswith(" "), u.lower(), len(u)))
    return out


print(ascii(shadowed(texts * 2)))


def rebound_len(xs):
    out = []
    for i, x in enumerate(xs):
        if i == 10:
            global len
            len = lambda o: -1
        out.append(len(x))
    return out


print(rebound_len(["ab"] * 15))
del len
print(len("still the builtin"))


class Wrapped(str):
    def strip(self):
        return "<" + super().strip() + ">"

    def find(self, sub):
        return super().find(sub) * 10

    def split(self):
        return super().split()[::-1]


def via_super(ts):
    out = []
    for t in ts:
        w = Wrapped(t)
        out.append((w.strip(), w.find("a"), w.split(), len(w)))
    return out


print(ascii(via_super(texts * 2)))


def mixed_receivers(objs):
    # One method-call site meeting receivers of every kind (ints, big ints, bools, floats,
    # None, strs, bytes, lists, str subclasses).
    out = []
    for o in objs:
        try:
            out.append(o.__repr__())
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(mixed_receivers([1, 2 ** 70, True, 1.5, None, "s", b"x", [1], S("sub"), -3, False, 0.0] * 3))
