# The UTF-7 codec (RFC 2152) as CPython's: which characters are written directly, shifts and
# their '-', surrogate pairs, and decoding errors (partial character, non-zero padding,
# ill-formed sequence, unexpected special character, unterminated shift sequence).
import codecs
import random
for s in ['', 'a', 'Hi Mom -☺-!', '日本語', 'A≢Α.', '+', '+-', 'a+b', '~\\', '\x00', 'é', 'a\tb\nc\r', '😀', 'x😀y', 'é-', 'éa', 'é ', 'é+', '1 + 1 = 2', '\ud800', '\ud800x', 'ab\udc00', '-', 'é/', 'ü.', 'üb']:
    e = s.encode('utf-7')
    try: d = e.decode('utf-7')
    except UnicodeDecodeError as x: d = 'UDE ' + str(x)
    print(ascii(s), e, ascii(d), d == s)
for b in [b'+', b'+-', b'+AGE', b'+AGE-', b'+AGEA', b'+AGEAZQ-', b'+2D3eAA-', b'+2D3', b'+2D3-x', b'+2D3eAA', b'+!', b'a+\x80', b'\x80', b'+AG\x80', b'+AGH-', b'+AGEx', b'+ZeVnLIqe-', b'+AAA-', b'+/v8-', b'abc~\\', b'+AGE+AGI-', b'+2D0-', b'+2D3+AGE-', b'+AGEA-']:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try: print(b, errors, ascii(b.decode('utf-7', errors)))
        except UnicodeDecodeError as x: print(b, errors, 'UDE', x)
print(codecs.lookup('utf-7').name, codecs.lookup('U7').name, 'é'.encode('utf_7'), b'+AOk-'.decode('UTF7'))
random.seed(7)
alpha = ['a', 'Z', '0', '9', '+', '-', '/', '~', '\\', ' ', '\t', '\n', '!', '.', 'é', '日', '😀', '\ud800', 'x\udc00', '\x00', '\x7f']
for i in range(300):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 8)))
    print(s.encode('utf-7'))
pool = b'+-/AZaz09\x80~ .'
for i in range(400):
    b = bytes(random.choice(pool) for _ in range(random.randint(0, 9)))
    for errors in ('replace', 'strict'):
        try: print(b, ascii(b.decode('utf-7', errors)))
        except UnicodeDecodeError as e: print(b, 'UDE', e.start, e.end, e.reason)
