# find/rfind/index/rindex/count/in/split/rsplit/partition/rpartition/replace/startswith/
# endswith with lone surrogates against strs holding astral characters (one code point that
# JS keeps as a surrogate pair): a lone surrogate never matches half of a pair. Also the same
# methods on non-ASCII and astral text without lone surrogates, whole and in ranges.
# (Not here: a lone high surrogate followed by a lone low one, which a JS string cannot tell
# from the pair of one astral character.)
E = "\U0001f600"
H, L = "\ud83d", "\ude00"
s = "a" + E + "b" + E + L + "c" + H
for sub in (L, H, "b" + H, L + "b", E, "a" + H, L + "c", "c" + H, E + L):
    print(ascii(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, ascii(s.split(sub)), ascii(s.rsplit(sub)),
          ascii(s.partition(sub)), ascii(s.rpartition(sub)), ascii(s.replace(sub, "-")), s.startswith(sub), s.endswith(sub))
    for a, b in ((1, None), (0, 3), (2, 6), (-3, None), (4, 5), (5, 7)):
        print("  ", a, b, s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
              s.startswith(sub, a, b), s.endswith(sub, a, b), s.startswith((sub, "zz"), a, b))
    for f in (s.index, s.rindex):
        try:
            print("  ", f.__name__, f(sub), f(sub, 1, 7))
        except ValueError as e:
            print("  ", f.__name__, "ValueError", e)
print(ascii(s.split(L, 1)), ascii(s.rsplit(L, 1)), ascii(s.rsplit(H, 1)), ascii(s.replace(L, "x", 1)))
print(ascii((E * 3).split(L)), (E * 3).count(L), (E * 3).count(H), (E * 3).find(H, 1), (E * 3).rfind(L))
print(ascii((E * 3).rsplit(L, 2)), ascii((E * 3).rpartition(H)), ascii((E + "x" + H).rpartition(H)))
print(("x" + E).startswith("x" + H), ("x" + E).startswith("x" + H, 0, 9), (E + "x").endswith(L + "x"),
      (E + "x").endswith(L + "x", 0), (L + "x").endswith(L + "x", 0, 2))

# Non-ASCII and astral text: positions are code points.
t = "héllo wörld \u4e00\u4e8c\u4e09 " + E + " end " + E + "\U00010000"
for sub in ("ö", "\u4e8c", E, "end", E + "\U00010000", " ", "o"):
    print(ascii(sub), t.find(sub), t.rfind(sub), t.index(sub), t.rindex(sub), t.count(sub), t.find(sub, 5, 20),
          t.rfind(sub, 2, -1), ascii(t.split(sub)), ascii(t.rsplit(sub, 1)), ascii(t.replace(sub, "<>", 2)))
print(ascii("|".join([E, "x", "\u4e00", ""])), ascii(E.join(["a", "b", "c"])), len(E.join("abc")))
print(ascii(t.partition(E)), ascii(t.rpartition(E)), t.startswith("hé"), t.endswith("\U00010000"))
