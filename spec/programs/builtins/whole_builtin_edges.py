print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(range(5), 10), sum([[1], [2]], []))
print(int("0x1f", 0), int("1_000"), int(" 12 "), int("٣"), int("z", 36), int(b"12"), int("-0b101", 0))
for bad in ["1__0", "_1", "0x", "12a", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("09", 0)
except ValueError as e:
    print("ValueError:", e)
print(float("  1.5e3 "), float("inf"), float("-nan"), float("1_0.5"), float(".5"), float("5."))
try:
    float("1e")
except ValueError as e:
    print(e)
print(list(iter([1, 2, 3, 4].pop, 2)))
it = iter(lambda: 1, 1)
print(list(it))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], [5], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(enumerate("ab", start=-1)))
print(min([], default="empty"), max([3, 1, 2], key=lambda v: -v), min("b", "a", "c"), max([(1, "b"), (1, "a")]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True))
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
try:
    reversed({1: 2}.keys()) and print(list(reversed({1: 2, 3: 4})))
except TypeError as e:
    print(e)
try:
    reversed(object())
except TypeError as e:
    print("TypeError:", e)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2), -7.5 % 2, pow(2, -1), pow(3, 4, 5), pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print((255).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).bit_length(), (-10).bit_length(), (7).bit_count(), (3).as_integer_ratio(), (0.75).as_integer_ratio(), (2.0).is_integer())
print(abs(-3), abs(-3.5), abs(3 + 4j), hash(-1), hash(-2), hash(1.0) == hash(1), hash(2**61 - 1), hash(2**61), hash(float("inf")))
print(bool([]), bool([0]), bool(0.0), bool(""), bool(" "), bool(None), bool(range(0)))
print(chr(0x1F600), ord("€"), bin(-5), oct(-8), hex(-255), hex(0))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, (str, (float, int))), type(True + True), True + True)
print(callable(len), callable(1), callable(type), getattr(1, "real"), getattr(1, "zz", "dflt"), hasattr([], "append"))
print(sorted([3, 1, 2], key=None), sorted("bca"), sorted([(2, "a"), (1, "b")], key=lambda t: t[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, range(4))))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(iter([1, 0])))
print(round(7, -1), round(15, -1), round(25, -1), round(0.5), round(1.5), round(2.5, 0), type(round(2.5)), type(round(2.5, 0)))
print(repr(slice(1, 2)), slice(None, 5, 2).indices(10), slice(-1, None, -1).indices(4), range(10)[2:8:3], range(5)[-1])
print(len(range(0, 10, 3)), range(0, 10, 3).index(9), range(1, 5) == range(1, 5, 1), range(0) == range(5, 5), 3 in range(0, 10, 3))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(list(range(10, 0, -3)), range(3)[::-1], repr(range(0, 5)), reversed(range(3)).__class__.__name__)
print(vars(type("T", (), {"a": 1}))["a"], dir(type("T", (), {"a": 1}))[-1], sorted(vars(object()) if hasattr(object(), "__dict__") else []))
print(id(None) == id(None), None.__class__, type(...), ..., NotImplemented, type(NotImplemented).__name__)
print(isinstance(print, type(len)), type(len).__name__, type([].append).__name__, type(lambda: 0).__name__, type((x for x in [])).__name__)
print(str(int), str(type(None)), repr(type), repr(object), print.__name__, len.__doc__.splitlines()[0])
