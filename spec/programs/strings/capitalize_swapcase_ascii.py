# capitalize and swapcase: ASCII strs take a direct path, anything else the Unicode tables.
for s in ("", "a", "A", "1abc", "hELLO wORLD", "ALL CAPS 123", "mixed_Case-Words!", " leading", "x" * 5000 + "Y" * 5000,
          "émile", "ǆungla", "ß", "ﬁre", "İstanbul", "ΣΑΣ", "ᾳ", "a\u0345", "\x7fZ", "tab\tSep\n"):
    c = s.capitalize()
    w = s.swapcase()
    print(ascii(c)[:60], ascii(w)[:60], len(c), len(w), c == s.capitalize(), w.swapcase() == s)
