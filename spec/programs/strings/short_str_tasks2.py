def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap("the quick brown fox jumps over the lazy dog again and again", 15):
    print(f"|{line:<15}|")
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
def camel_to_snake(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
print(camel_to_snake("parseHTTPResponseCode"), "snake_case_name".title().replace("_", ""))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
widths = [max(len(str(r[i])) for r in table) for i in range(2)]
for r in table:
    print(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
s = "Hello World"
print(s.swapcase(), s[::-1].lower(), "".join(c for c in s if c not in "aeiouAEIOU"), s.count("o"), s.index("W"))
print(" ".join(w.capitalize() for w in "hello   big  world".split(" ")))
print("abc".encode().hex(), bytes.fromhex("616263").decode(), [ord(c) for c in "AZ"], "".join(map(chr, [72, 105])))
print("1,2;3 4".replace(";", ",").replace(" ", ",").split(","), "a-b_c".translate(str.maketrans("-_", "  ")))
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, sum(int(d) for d in str(2**100)))
