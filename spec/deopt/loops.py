# Loop kernels (docs/native-loops.md): each case runs once on a large input, so that V8 compiles
# the helper behind it inside its loop (on-stack replacement), then many times on small inputs,
# which re-enter that code. spec/deopt-loops.test.ts runs one case per process with
# DYAD_V8_FLAGS=--trace-deopt and counts the deoptimizations of each JS function.
import sys, re, json

BIG_STR = "ab, cd 12\n" * 40000 + "x"
BIG_INTS = list(range(80000))
BIG_FLOATS = [i / 3 for i in range(80000)]
BIG_STRS = [str(i) for i in range(80000)]
BIG_DICT = {i: i for i in range(80000)}


def for_range(n):
    t = 0
    for i in range(n):
        t += i
    return t


def for_with(n):
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    for i in range(n):
        with C():
            pass


def for_items(n):
    t = 0
    for k, v in dict.fromkeys(range(n), 1).items():
        t += v
    return t


def for_str(n):
    c = 0
    for ch in "a" * n:
        c += 1
    return c


CASES = {
    # natives (both backends share them)
    "str.split": (lambda s: s.split(","), BIG_STR, "a,b"),
    "str.split()": (lambda s: s.split(), BIG_STR, "a b"),
    "str.replace": (lambda s: s.replace("a", "xy"), BIG_STR, "ab"),
    "str.join": (lambda l: "-".join(l), BIG_STRS, ["a", "b"]),
    "repr(str)": (lambda s: repr(s), BIG_STR, "a\nb"),
    "repr(list)": (lambda l: repr(l), BIG_STRS, ["a", "b"]),
    "repr(dict)": (lambda d: repr(d), BIG_DICT, {1: 2}),
    "sum(floats)": (lambda l: sum(l), BIG_FLOATS, [1.5, 2.5]),
    "sorted(strs)": (lambda l: sorted(l), BIG_STRS, ["b", "a"]),
    "sorted(floats)": (lambda l: sorted(l), BIG_FLOATS, [2.5, 1.5]),
    "sorted(key)": (lambda l: sorted(l, key=lambda v: -v), BIG_INTS, [1, 2]),
    "list(range)": (lambda n: list(range(n)), 80000, 3),
    "re.findall": (lambda s: re.findall(r"[a-z]+", s), BIG_STR, "ab cd"),
    "re.sub": (lambda s: re.sub(r"\d+", "N", s), BIG_STR, "a1b"),
    "re.split": (lambda s: re.split(r",\s*", s), BIG_STR, "a, b"),
    "bytes.join": (lambda l: b",".join(l), [b"ab"] * 80000, [b"a", b"b"]),
    "bytes.fromhex": (lambda s: bytes.fromhex(s), "ab" * 80000, "ab"),
    "bytes.decode": (lambda b: b.decode(), b"ab" * 80000, b"ab"),
    "json.loads": (lambda s: json.loads(s), json.dumps(BIG_INTS), "[1, 2]"),
    "hash(frozenset)": (lambda l: hash(frozenset(l)), BIG_INTS, [1, 2]),
    # the tree-walker's statement and comprehension loops
    "listcomp": (lambda l: [v for v in l], BIG_STR, "ab"),
    "for range": (for_range, 200000, 3),
    "for with": (for_with, 100000, 3),
    "for items": (for_items, 100000, 3),
    "for str": (for_str, 200000, 3),
}

if __name__ == "__main__":
    if sys.argv[1] == "--list":
        print("\n".join(CASES))
    else:
        f, big, small = CASES[sys.argv[1]]
        f(big)
        for i in range(int(sys.argv[2])):
            f(small)
