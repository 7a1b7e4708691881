# re in small realistic programs: a tokenizer (named alternatives, lastgroup), log parsing,
# a template engine with a callable replacement, CSV-ish splitting, validation with fullmatch.
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%()=<>!]=?)
  | (?P<STRING>"(?:[^"\\]|\\.)*")
  | (?P<WS>\s+)
  | (?P<ERR>.)
''', re.VERBOSE)

def tokens(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        yield kind, m.group(), m.start()

print(list(tokens('x1 = 3.5e-2 ** (y // 4) != "a \\"q\\" b" $')))

LOG = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$', re.M)
text = """2024-01-02 10:00:01 [INFO] started
2024-01-02 10:00:02 [WARN] disk 91% full
garbage line
2024-01-02 10:00:03 [ERROR] failed: code=42, retry=3
"""
for m in LOG.finditer(text):
    print(m['level'], m.group('time'), repr(m['msg']), m.span('msg'))
print(dict(re.findall(r'(\w+)=(\d+)', text)))
counts = {}
for level in LOG.findall(text):
    counts[level[2]] = counts.get(level[2], 0) + 1
print(sorted(counts.items()))

def render(tpl, ctx):
    def repl(m):
        name, filt = m.group(1), m.group(2)
        v = str(ctx.get(name, '?'))
        if filt == 'upper':
            v = v.upper()
        elif filt == 'len':
            v = str(len(v))
        return v
    return re.sub(r'\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}', repl, tpl)

print(render('Hello {{ name|upper }}, you have {{count}} new {{ what }} ({{name|len}})', {'name': 'ada', 'count': 3}))

line = 'a, "b, c", d ,"e ""f"""'
print(re.findall(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)', line))

emails = ['a@b.co', 'bad@', 'x.y+z@sub.example.org', '@no.pe', 'sp ace@x.io']
EMAIL = re.compile(r'[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}')
print([bool(EMAIL.fullmatch(e)) for e in emails])
print(re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', '1234567890 and 1000 and 999'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseStringHere').lower())
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
words = re.findall(r"\b[a-zA-Z']+\b", "It's the end of the world as we know it, and I feel fine.")
print(len(words), words[:6])
print(re.sub(r'\s+', ' ', '  lots   of\t\twhite \n space ').strip())
ip = re.compile(r'^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$')
print([bool(ip.match(x)) for x in ('192.168.0.1', '256.1.1.1', '1.2.3', '10.0.0.255')])
print(re.findall(r'#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b', 'colors: #fff #A0B1C2 #12345 #abcd'))
date = re.compile(r'(\d{1,2})/(\d{1,2})/(\d{4})')
print(date.sub(lambda m: '%s-%02d-%02d' % (m[3], int(m[1]), int(m[2])), 'due 3/7/2024 or 12/25/2023'))
print(re.subn(r'(?i)\bthe\b', 'THE', 'The cat and the hat; theme'))
