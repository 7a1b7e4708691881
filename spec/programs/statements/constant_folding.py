# Expressions of constants that CPython 3.11's AST optimiser folds (and those it leaves to run
# time because they raise or would be huge): the values are the same either way, errors are
# raised only when the code runs, and `in` / `for` over list and set displays see tuples and
# frozensets (an async comprehension's error names the type).
def values():
    return [2 ** 10, 10 ** 9 + 7, 2 ** 64, 2 ** 200 % 1000, -2 ** 2, (-2) ** 2, 2 ** -1, (-8) ** (1 / 3),
            7 // 2, -7 // 2, 7 % -3, 7.5 // 2, -7.5 % 2, 1 << 70, 1 << 200 >> 190, 5 & 3 | 8 ^ 2,
            ~5, -True, +False, ~True, not 0, not "", 3 * "ab", "ab" * 0, (1, 2) * 2, b"x" * 3,
            "abc"[1], (1, 2, 3)[-1], b"abc"[0], "abc" + "def", 1.5 * 2, 1 / 4, 2j * 2j, 1 + 2j - 3,
            0.1 + 0.2, 1e308 * 10, -(1e308 * 10), (1, 2) + (3,), 2 ** 0.5, 10 ** 30 % 7]


print(values())
print(len("a" * 5000), len((1, 2) * 300), 3 ** 200 == 3 ** 200, 2 ** 129 > 2 ** 128)


def raising(k):
    if k == 0:
        return 1 / 0
    if k == 1:
        return "abc"[10]
    if k == 2:
        return 1 << -1
    if k == 3:
        return "%s %s" % ("a",)
    if k == 4:
        return 2.0 ** 10000
    if k == 5:
        return -"x"
    return (1, 2)[1.5]


for k in range(7):
    try:
        print(k, raising(k))
    except Exception as e:
        print(k, type(e).__name__, e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    __hash__ = None


a, b = 3, 4
print(3 in [1, 2, 3], 5 not in [1, 2, 3], a in [b, a], Loud(2) in [1, 2, 3], 0 < a in [3, 4], 2 in {1, 2})
out = []
for x in [a, b, a + b]:
    out.append(x)
for x in {5, 6, 7}:
    out.append(x)
for x in [1, 2]:
    a = 10
    out.append(a)
print(out, [y * 2 for y in [1, 2, 3]], [y for y in [a]], [y + z for y in (1, 2) for z in [a, 3]], sorted({v for v in {3, 1, 2}}))


async def comp_list():
    return [x async for x in [1, 2]]


async def comp_set():
    return [x async for x in {1, 2}]


async def comp_inner():
    return [(x, y) for x in (1,) async for y in [1, 2]]


async def stmt_list():
    async for x in [1, 2]:
        pass


for make in (comp_list, comp_set, comp_inner, stmt_list):
    try:
        make().send(None)
    except TypeError as e:
        print(make.__name__, e)


def consts():
    return 2 ** 10, "ab" * 2, (1, 2)[0], -5, ~1, not 1, x in [1, 2, 3] if (x := 2) else 0


print(consts(), consts.__code__.co_consts)
