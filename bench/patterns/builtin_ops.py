# Builtin operations one at a time (list, dict, set, str, bytes, int and float methods,
# builtins over containers, conversions, comprehensions of calls), each timed in process CPU
# time as the best of 3 rounds after a warm-up call, so the ratios compare the runtimes' own
# code, not V8's warm-up or a machine's load. Session 28 found 3x-100x pathologies with it
# (bytes.fromhex, dict(d), s[::-1], bytearray slices, str.title() of long text). Compare:
# python3 bench/patterns/builtin_ops.py > py.txt; node bin/dyad.js --backend vm bench/patterns/builtin_ops.py > vm.txt
# join <(sort py.txt) <(sort vm.txt) | awk '{print $1, $3/$2}' | sort -k2 -rn | head -30
import math
import time

L = list(range(1000)); S = set(L); D = {i: i for i in L}; T = tuple(L); STR = "abcdefghij" * 100; B = bytes(range(256)) * 4
LS = [str(i) for i in L]; F = [i * 0.5 for i in L]; BA = bytearray(B)
TEXT = "The quick brown fox, jumps over the lazy dog.\n" * 20
WORDS = TEXT.split(); MV = memoryview(bytes(BA))
TT = str.maketrans("abc", "xyz"); FS = frozenset(L)

ops = {
 "list.copy": lambda: L.copy(), "list[:]": lambda: L[:], "list+list": lambda: L + L, "list*3": lambda: L * 3,
 "list.index": lambda: L.index(999), "in_list": lambda: 999 in L, "list.count": lambda: L.count(5),
 "sorted_ints": lambda: sorted(L), "sorted_rev": lambda: sorted(L, reverse=True), "sorted_strs": lambda: sorted(LS),
 "sorted_key": lambda: sorted(L, key=lambda x: -x), "reversed": lambda: list(reversed(L)), "list(tuple)": lambda: list(T),
 "tuple(list)": lambda: tuple(L), "sum": lambda: sum(L), "sum_floats": lambda: sum(F), "max": lambda: max(L), "min_key": lambda: min(L, key=abs),
 "set(list)": lambda: set(L), "set&set": lambda: S & S, "set|set": lambda: S | S, "set-set": lambda: S - S, "set<=": lambda: S <= S,
 "dict(D)": lambda: dict(D), "D.copy": lambda: D.copy(), "D.items": lambda: list(D.items()), "D.keys_set": lambda: D.keys() & S,
 "dict_comp": lambda: {k: v for k, v in D.items()}, "dict.fromkeys": lambda: dict.fromkeys(L), "D==D": lambda: D == D,
 "zip": lambda: list(zip(L, L)), "enumerate": lambda: list(enumerate(L)), "map_str": lambda: list(map(str, L)),
 "filter": lambda: list(filter(None, L)), "any_gen": lambda: any(x > 998 for x in L), "all": lambda: all(L[1:]),
 "join": lambda: ",".join(LS), "split": lambda: STR.split("a"), "str.replace": lambda: STR.replace("a", "AA"),
 "str.upper": lambda: STR.upper(), "str.find": lambda: STR.find("jj"), "str.count": lambda: STR.count("ab"),
 "str[::-1]": lambda: STR[::-1], "str==": lambda: STR == STR[:], "str*": lambda: STR * 10, "str.format": lambda: "{} {}".format(STR, 1),
 "fstring": lambda: f"{STR}{1}", "str(list)": lambda: str(L), "repr(D)": lambda: repr(D), "str(float)": lambda: [str(x) for x in F[:100]],
 "int(str)": lambda: [int(s) for s in LS[:100]], "bytes.hex": lambda: B.hex(), "bytes.fromhex": lambda: bytes.fromhex("ab" * 500),
 "b.decode": lambda: B[:128].decode("latin-1"), "bytes+": lambda: B + B, "ba.extend": lambda: BA.copy().extend(B), "b.find": lambda: B.find(b"\xff\x00"),
 "b.split": lambda: B.split(b"\x00"), "b.replace": lambda: B.replace(b"\x01", b"xx"), "bytes(list)": lambda: bytes(L[:256]),
 "list.sort": lambda: L.copy().sort(), "insert_mid": lambda: L.copy().insert(500, 0), "del_slice": lambda: L.copy().__delitem__(slice(100, 900)),
 "slice_assign": lambda: L.copy().__setitem__(slice(100, 200), T), "range_list": lambda: list(range(1000)), "listcomp": lambda: [x for x in L],
 "genexpr_sum": lambda: sum(x for x in L), "2**1000": lambda: 2 ** 1000 % 12345, "bigint_str": lambda: str(7 ** 500), "divmod": lambda: [divmod(x, 7) for x in L[:200]],
 "hash_tuple": lambda: hash(T), "tuple==": lambda: T == tuple(L), "str.isdigit": lambda: STR.isalpha(), "str.strip": lambda: ("  " + STR).strip(),
 "str.startswith": lambda: [s.startswith("9") for s in LS[:200]], "str.zfill": lambda: [s.zfill(6) for s in LS[:200]], "%-fmt": lambda: ["%d:%s" % (i, i) for i in L[:200]],
 "isinstance": lambda: [isinstance(x, int) for x in L[:200]], "getattr": lambda: [getattr(L, "append") for _ in L[:200]], "len": lambda: [len(LS) for _ in L[:200]],
 "abs/round": lambda: [round(abs(x - 500) / 3, 2) for x in L[:200]], "chr/ord": lambda: [ord(chr(x + 65)) for x in L[:200]], "min/max_2": lambda: [max(x, 500) for x in L[:200]],
 "center": lambda: [w.center(12, "*") for w in WORDS], "ljust": lambda: [w.ljust(10) for w in WORDS], "expandtabs": lambda: ("a\tb\tc" * 100).expandtabs(4),
 "splitlines": lambda: TEXT.splitlines(), "partition": lambda: [w.partition("o") for w in WORDS], "translate": lambda: TEXT.translate(TT),
 "maketrans": lambda: str.maketrans("abcdef", "uvwxyz"), "casefold": lambda: TEXT.casefold(), "swapcase": lambda: TEXT.swapcase(),
 "isidentifier": lambda: [w.isidentifier() for w in WORDS], "format_map": lambda: "{a}-{b}".format_map({"a": 1, "b": 2}),
 "rsplit": lambda: TEXT.rsplit(" ", 5), "rfind": lambda: TEXT.rfind("fox"), "endswith_tuple": lambda: [w.endswith((".", ",")) for w in WORDS],
 "capitalize": lambda: [w.capitalize() for w in WORDS], "lower_words": lambda: [w.lower() for w in WORDS], "str_in": lambda: ["dog" in w for w in WORDS],
 "list.remove": lambda: L.copy().remove(999), "list.pop0": lambda: L.copy().pop(0), "list.extend": lambda: L.copy().extend(L), "list.reverse": lambda: L.copy().reverse(),
 "list.index_end": lambda: L.index(998, 990), "list==": lambda: L == L.copy(), "list<": lambda: L < L.copy(), "nested_list": lambda: [[i] for i in L],
 "setdefault": lambda: [D.setdefault(i, 0) for i in L], "dict.pop": lambda: [D.copy().pop(5) for _ in range(10)], "popitem": lambda: D.copy().popitem(),
 "values_sum": lambda: sum(D.values()), "items_loop": lambda: [k + v for k, v in D.items()], "update_kw": lambda: dict(a=1, b=2, c=3), "dict_get": lambda: [D.get(i) for i in L],
 "issubset": lambda: S.issubset(L), "symdiff": lambda: S.symmetric_difference(L), "set.update": lambda: set().update(L), "frozenset_hash": lambda: hash(frozenset(L[:100])),
 "in_frozenset": lambda: [i in FS for i in L], "set_comp": lambda: {i % 100 for i in L}, "set.add_loop": lambda: [S.add(i) for i in L],
 "to_bytes": lambda: [i.to_bytes(4, "big") for i in L[:200]], "from_bytes": lambda: [int.from_bytes(b"\x01\x02\x03", "little") for _ in L[:200]], "bit_count": lambda: [i.bit_count() for i in L],
 "pow_mod": lambda: [pow(i, 65537, 1000003) for i in L[:200]], "gcd": lambda: [math.gcd(i, 360) for i in L], "float_fmt": lambda: ["%.3f" % x for x in F[:200]],
 "repr_floats": lambda: repr(F[:200]), "str_ints": lambda: [str(i) for i in L], "int_strs": lambda: [int(s) for s in LS], "float_strs": lambda: [float(s) for s in LS[:300]],
 "tuple_unpack": lambda: [(b, a) for a, b in zip(L, L)], "enumerate_loop": lambda: [i * v for i, v in enumerate(L)], "min_strs": lambda: min(WORDS), "max_key": lambda: max(WORDS, key=len),
 "sorted_lower": lambda: sorted(WORDS, key=str.lower), "map_lambda": lambda: list(map(lambda x: x + 1, L)), "join_gen": lambda: ",".join(str(i) for i in L[:300]),
 "ba_slice": lambda: BA[10:900], "ba_setitem": lambda: BA.__setitem__(5, 7), "mv_slice": lambda: MV[10:500].tobytes(), "mv_tolist": lambda: MV[:200].tolist(),
 "math_loop": lambda: [math.sin(x) + math.sqrt(x) for x in F[:300]], "abs_loop": lambda: [abs(x - 300) for x in L], "divmod_loop": lambda: [x // 7 + x % 7 for x in L],
 "isinstance_tuple": lambda: [isinstance(x, (str, float)) for x in L], "type()": lambda: [type(x) is int for x in L], "hasattr": lambda: [hasattr(x, "real") for x in L[:300]],
 "bool()": lambda: [bool(x) for x in L], "chained_cmp": lambda: [0 < x < 500 for x in L], "ternary": lambda: [x if x & 1 else -x for x in L],
 "str_concat": lambda: [w + "!" for w in WORDS], "str_mult": lambda: [w * 3 for w in WORDS], "fstring_loop": lambda: [f"{w}:{i}" for i, w in enumerate(WORDS)],
 "list(str)": lambda: list(TEXT), "tuple(str)": lambda: tuple(WORDS), "str(tuple)": lambda: str(tuple(WORDS)), "ord_loop": lambda: [ord(c) for c in TEXT[:300]],
 "any/all": lambda: (any(x < 0 for x in L), all(x >= 0 for x in L)), "range_len": lambda: len(range(0, 10**6, 3)), "range_in": lambda: [x in range(0, 1000, 2) for x in L[:300]],
 "slice_list_neg": lambda: L[::-1], "list.count_str": lambda: WORDS.count("fox"), "zip3": lambda: list(zip(L, L, L)), "dict(zip)": lambda: dict(zip(LS, L)),
 "sum_comp": lambda: sum([x * x for x in L]), "sorted_tuples": lambda: sorted(zip(F, L)), "reversed_range": lambda: list(reversed(range(1000))), "list(range)": lambda: list(range(0, 3000, 3)),
}


def bench(fn):
    n = 1
    while True:
        t = time.process_time()
        for _ in range(n):
            fn()
        d = time.process_time() - t
        if d > 0.05:
            return d / n
        n *= 2


for name, fn in ops.items():
    fn()
    print(name, round(min(bench(fn) for _ in range(3)) * 1e6, 3))
