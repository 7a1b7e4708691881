import sys
TEXT = """The quick brown fox -- jumps over the lazy dog!
It's 3.14 o'clock; the fox's den (near the river) is 2,500m away.
   Indented line\twith a tab, trailing spaces   
Ünïcödé wörds: café, naïve, straße, ǅemal, İstanbul, ΣΊΣΥΦΟΣ.
email me at someone@example.com or call +1-555-0100 ... OK?"""

def words(text):
    word = []
    for ch in text:
        if ch.isalnum() or ch in "'-" and word:
            word.append(ch)
        elif word:
            yield "".join(word).strip("'-")
            word.clear()
    if word:
        yield "".join(word)

ws = list(words(TEXT))
print(len(ws), ws[:12])
freq = {}
for w in ws:
    k = w.casefold()
    freq[k] = freq.get(k, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}|{line.strip()[:30]:<30}|{len(line):>3}|{line.count(' '):>2}|{line[:1].isupper()!s:5}|")
print([l.expandtabs(4).rstrip() == l.expandtabs(4).rstrip(" ") for l in lines])
print(TEXT.title()[:40], "|", TEXT.swapcase()[:20], "|", TEXT.upper()[-30:])
print("ΣΊΣΥΦΟΣ".lower(), "straße".upper(), "İ".lower(), len("İ".lower()), "ǅ".upper(), "ǅ".lower(), "ǅemal".title(), "ß".casefold() == "ss")
print(sorted(["b", "A", "a", "B", "é", "e", "Z"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["10", "9", "100"], key=int))
table = str.maketrans({"a": "4", "e": "3", "o": "0", "!": None})
print("hello world, aeon!".translate(table))
def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out
for l in wrap(lines[0] + " " + lines[1], 22):
    print(f"[{l:^22}]")
def caesar(s, k):
    res = []
    for c in s:
        if "a" <= c <= "z":
            res.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            res.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            res.append(c)
    return "".join(res)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = c, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("z"), rle("ééé"))
s = "racecar"
print(s == s[::-1], "A man a plan".replace(" ", "").lower()[::-1], s[1:-1], s[-3:], s[:100], s[7:], s[::3], s[-1::-2])
print("abc" * 3, "-".join(reversed("abc")), "".join(sorted("hello")), "%-8s|%8s|" % ("left", "right"), "x".center(5, "*"))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "k=v&x=y".split("&"), dict(p.split("=") for p in "k=v&x=y".split("&")))
print("   spaces   ".strip(), "...dots...".strip("."), "xxyxx".lstrip("x"), "path/to/file.txt".rsplit("/", 1), "file.tar.gz".partition("."))
print("Hello"[1:4], "Hello"[-4:-1], "Hello"[::-1], "Hello".find("l"), "Hello".rfind("l"), "Hello".index("H"), "Hello".count("l"))
print("%s has %d chars and %.1f%% vowels" % (s, len(s), 100 * sum(c in "aeiou" for c in s) / len(s)))
print(f"{'nested':>{10}}", f"{s!r:^12}", f"{len(s):#06x}", f"{3.14159:.3}", f"{'q'*3}", f"{ {'k': 1}['k'] }", f"{s[0].upper() + s[1:]}")
print(str(b"bytes", "ascii"), "é".encode("utf-8"), "é".encode("utf-16-le"), b"\xc3\xa9".decode(), "naïve".encode("ascii", "replace"), len("naïve".encode()))
print(ascii("naïve ☃"), repr("tab\there"), "line1\nline2".split("\n"), "a\u0301" == "á", len("a\u0301"), "\N{SNOWMAN}")
print(ord("A"), chr(955), [hex(ord(c)) for c in "hé☃"], "☃".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "ⅻ".upper())
print(max(ws, key=len), min(ws, key=lambda w: (len(w), w)), sum(map(len, ws)), sorted(set(w[0].lower() for w in ws))[:10])
