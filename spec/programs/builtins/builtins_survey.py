print(abs(-2.5), abs(3+4j) if False else 5.0, divmod(-7, 2), pow(2, 3), pow(2.0, -1), round(2.675, 2), round(-2.5), round(0.5))
print(bin(10), oct(10), hex(10), chr(9731), ord("☃"), ascii("naïve ☃"), repr("naïve\x00"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(sorted("bca"), sorted([3, 1, 2], reverse=True), sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(list(reversed("abc")), min(3, 1, 2), max("apple", "fig", key=len), min([], default=None), max(1, 2, key=lambda x: -x))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([1.5, 2.5]), sum(range(5), 10), sum([], 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (int,)), isinstance([], list | dict) if hasattr(type, "__or__") else "")
print(type(int | None).__name__ if hasattr(int, "__or__") else "", int | str)
print(getattr([], "append").__name__, getattr(1, "nope", "dflt"), hasattr("", "join"), delattr, vars().get("nothing"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(id(1) == id(1), hash(None) == hash(None), type(hash(1.5)), callable(len), len(range(3)), len({1: 2}))
print(int("5") + float("2.5"), float("  3.25 "), float("1e3"), float("-inf"), float("nan") != float("nan"), str(1.0), str(1e-7), str(123456789.123))
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(None), bool(range(0)))
print(list("abc"), tuple([1]), dict(a=1), set([1]), frozenset("aa"), str(b"x"), bytes(2), complex(1, 2) if False else "")
print(repr(None), repr(True), repr(...), repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__, type(None).__name__)
print(format(3.14159, ".2f"), format("x", ">3"), format(255, "x"), "{:>5}".format(True), format(True, ">5"))
print(all(x > 0 for x in [1, 2]), any([0, False]), list(zip("ab", range(5))), dict(enumerate("xy")))
print(divmod(10, 3), divmod(-10.5, 3), 10 // 3.0, 2 ** 0.5 == 2 ** 0.5)
print(eval("1 + 2"), exec("None"), compile("1", "<s>", "eval").co_filename if False else "")
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
print(str(), int(), float(), list(), dict(), tuple(), set(), bool(), bytes(), complex() if False else "")
print(type(3)(4), type("s")("t"), type([])((1,)), object().__class__, type(object()).__name__)
print(dir(object)[:3], "append" in dir([]), "__len__" in dir(""))
print(repr(1e100), repr(2.0 ** 60), repr(1/3), 0.1 + 0.2 == 0.3, 1e-310, 5e-324, float.fromhex("0x1p-2") if hasattr(float, "fromhex") else "", (0.5).hex() if hasattr(float, "hex") else "")
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), float("1_000.5"), int(1e20), 1e22, 1e21, 123e18)
print(max(float("nan"), 1), min(1, float("nan")), sorted([3, float("nan"), 1])[0:0], abs(-0.0), -0.0, 0.0 == -0.0)
print(pow(-8, 1/3) if False else "", 2 ** -2, (-2) ** 2, -2 ** 2, 10 ** -1, 3 ** 40, 7 ** 0.5)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100) if False else "", hash(float("inf")))
print(isinstance(int, type), type.__class__, isinstance(type, object), callable(type))
print(print.__name__, len.__name__, repr(len), repr(int), repr(print)[:20], type(len).__name__)
print(str.upper("x"), str.join("-", "ab"), list.__len__([1]), dict.get({"a": 1}, "a"), int.__new__(int, 5))
print(list(map(int, "123")), list(map(pow, [2, 3], [2, 2])), [*map(len, ["a", "bb"])])
class WithLen:
    def __len__(self): return -1
try:
    len(WithLen())
except ValueError as e:
    print("ValueError:", e)
class WithLen2:
    def __len__(self): return "x"
try:
    len(WithLen2())
except TypeError as e:
    print("TypeError:", e)
class WithHash:
    def __hash__(self): return "x"
try:
    hash(WithHash())
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(5.0).__class__, 5 .__class__.__name__, (5).__sizeof__() > 0 if False else "")
