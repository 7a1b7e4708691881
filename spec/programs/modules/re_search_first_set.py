# Search skips to positions where a match can start, from the set of possible first
# characters of alternations, optional prefixes, anchors and lookarounds before the first
# consuming item. Every case here must still find the same matches as a plain scan.
import re

subject = "the cat saw a dog; the bird, a fish. Cat DOG\nbird\n  fish end"
patterns = [
    r"cat|dog|bird|fish",
    r"(cat|dog)s?",
    r"(?:the )?(cat|bird)",
    r"\s*fish",
    r"a?b",
    r"(a|)b",
    r"(?i)cat|dog",
    r"cat|(?i:dog)",
    r"(?m)^bird|^  fish",
    r"\bbird\b|\bfish\b",
    r"(?<=the )(cat|bird)",
    r"(?!cat)[a-z]at|d.g",
    r"(?=c)cat|dog",
    r"x*(?:ca|do)",
    r"(?:a{0}|d)og",
    r"(?>ca|bi)\w",
    r"(c)?(?(1)at|og)",
    r"(d)o\1?g|ca(t)",
    r"[A-Z]+|[0-9]+",
    r"(?s).at|fish",
    r"(?:\.|,|;)\s",
    r"end$|DOG$",
    r"(?:)",
    r"x?|cat",
]
for p in patterns:
    rx = re.compile(p)
    print(repr(p), rx.findall(subject))
    m = rx.search(subject)
    print("  search", m and (m.start(), m.end()), "pos 20", (lambda m: m and m.span())(rx.search(subject, 20)))
    print("  endpos", (lambda m: m and m.span())(rx.search(subject, 0, 12)))
    print("  sub", rx.sub("_", subject, count=3))
    print("  split", rx.split(subject, maxsplit=2))
# Non-ASCII first characters and case folding past ASCII.
for p, s in [(r"é|ß", "abc éé ß"), (r"(?i)σ|ǆ", "ΣΑΣ Ǆ ǅ ς"), (r"[α-ω]x|ωy", "ωy αx"), (r"😀|b", "a😀b")]:
    print(repr(p), re.findall(p, s), [m.span() for m in re.finditer(p, s)])
# bytes patterns.
print(re.findall(rb"cat|dog", b"a cat and a dog"), re.search(rb"(?:x|y)z", b"aaayz").span())
