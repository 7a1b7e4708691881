# re: Unicode semantics for str patterns — \d \w \s over Unicode categories, ASCII flag,
# IGNORECASE simple case mapping, positions in code points with astral characters.
import re

samples = ['٣', '໒', '𝟘', '²', 'Ⅷ', '½', 'é', 'ß', 'ǅ', 'ͅ', '_', '·', '\u00a0', '\u2028', '\x1c', '\u200b', '\u3000', 'ー', '한', '😀', '\u0300']
for ch in samples:
    print(ascii(ch), [bool(re.match(p, ch)) for p in (r'\d', r'\w', r'\s', r'(?a)\d', r'(?a)\w', r'(?a)\s', r'\W', r'[\w]', r'[^\d]')])

s = 'a😀b😀😀c'
m = re.search('😀+', s)
print(m.span(), len(s), re.findall('.', s), re.sub('😀', 'X', s), re.split('😀', s))
m = re.search(r'(b)(😀+)', s)
print(m.span(), m.span(1), m.span(2), m.group(2) == '😀😀')
print([m.start() for m in re.finditer(r'\w', s)])
print(re.search(r'[😀-😂]', 'x😁').span(), re.match(r'\U0001F600{2}', '😀😀').end())
print(re.search(r'(?<=😀)c', s).span())

for pat, text in [('ΣΑΣ', 'σας'), ('ǅ', 'ǆ'), ('ǅ', 'Ǆ'), ('i', 'İ'), ('i', 'ı'), ('İ', 'i'), ('µ', 'Μ'), ('ß', 'ẞ'),
                  ('ﬀ', 'FF'), ('Ω', 'ω'), ('Ω', 'ω'), ('k', 'K'), ('[k]', 'K'), ('[K]', 'k'),
                  ('[a-z]', 'K'), ('[^k]', 'K'), ('ÿ', 'Ÿ'), ('ı', 'I')]:
    print(ascii(pat), ascii(text), bool(re.fullmatch(pat, text, re.I)), bool(re.fullmatch(pat, text, re.I | re.A)))

print(re.findall(r'\b\w+\b', 'naïve café über straße'))
print(re.findall(r'(?a)\b\w+\b', 'naïve café'))
print(re.sub(r'\s+', '_', 'a\u2003b\u00a0c\td'))
print(re.match(r'(?i)(\w)\1', 'aA'), re.match(r'(?i)(é)\1', 'éÉ'))
print(re.search(r'\d+', 'abc٣٤٥def').group(), re.search(r'(?a)\d+', 'abc٣٤٥def12').group())
print(re.escape('ünï cödé!'), re.escape('😀.'))
b = re.compile(rb'\w+', re.I)
print(b.findall(b'abc \xe9t\xe9 D_9'), re.match(rb'(?i)\xe9', b'\xc9'), re.findall(rb'\s', b' \x1c\x85\xa0\t'))
for pat, text in [('s', 'ß'), ('[a-z]', 'ſ'), ('[a-z]', 'ß'), ('[A-Z]', 'ı'), ('[S]', 'ß'), ('[^s]', 'ſ'), ('[ǅ]', 'ǆ'),
                  ('[Ǆ-ǆ]', 'ǅ'), ('[ᾳ]', 'ᾼ'), ('[θ]', 'ϑ'), ('[ϴ]', 'θ'), ('[ω]', 'Ω'), ('[\u0100-\u017f]', 'İ'), ('ſ+', 'sSſ')]:
    print(ascii(pat), ascii(text), bool(re.fullmatch(pat, text, re.I)), bool(re.fullmatch(pat, text, re.I | re.A)))
