ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int): raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000: raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    vals = dict((s, v) for v, s in ROMAN if len(s) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5}")
for bad in [0, 4000, 2.5, "x"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    from_roman("ABC")
except KeyError as e:
    print(type(e).__name__, e)
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit(): num += ch
        else:
            out.append(ch * int(num)); num = ""
    return "".join(out)
for s in ["", "a", "aaabbbcccd", "wwwwwwwwwwwwbw", "abc"]:
    e = rle(s)
    print(repr(s), repr(e), unrle(e) == s)
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return [sorted(g) for k, g in sorted(groups.items()) if len(g) > 1]
print(anagrams(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "tac", "dog"]))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]])
def vowels(s): return {v: s.lower().count(v) for v in "aeiou"}
print(vowels("The Quick Brown Fox Jumps Over The Lazy Dog"))
def title_case(s, minor=("a", "an", "the", "of", "in")):
    ws = s.lower().split()
    return " ".join(w if i and w in minor else w.capitalize() for i, w in enumerate(ws))
print(title_case("the lord OF the rings"), "hello world".title(), "they're bill's".title(), "x1y2 z".title())
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "abcdef", "%5.2f%%" % 12.345, "%03d:%02d" % (7, 5), "%s" % [1, "a"], "%r" % "q", "%i" % 3.9)
csv = "name,age,city\nAnn,30,NYC\nBob,25,\"LA\"\nCy,,SF"
rows = [ln.split(",") for ln in csv.splitlines()]
hdr, *body = rows
recs = [dict(zip(hdr, r)) for r in body]
print(recs)
print([r["name"] for r in recs if r["age"] and int(r["age"]) > 26])
widths = [max(len(r[i]) for r in rows) for i in range(len(hdr))]
for r in rows:
    print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
print("+".join("-" * (w + 2) for w in widths).center(40, "="))
