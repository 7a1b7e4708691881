# errors='surrogatepass' in bytes.decode(): a lone surrogate encoded as UTF-16 or UTF-32 units (or
# UTF-8's three bytes) decodes to that surrogate; anything else is still the codec's error.
def show(f):
    try:
        print(ascii(f()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for s in ['\ud800', '\udfff', 'x\udc80y', 'a\ud83db', '\udc00\u20ac']:
        data = s.encode(enc, 'surrogatepass')
        show(lambda: data.decode(enc, 'surrogatepass'))
        show(lambda: data.decode(enc))
        show(lambda: data.decode(enc, 'replace'))

cases = [
    ('utf-16-le', b'\x00\xd8'),                  # high surrogate at the very end
    ('utf-16-le', b'\x00\xd8a'),                 # ... with an odd byte after it
    ('utf-16-le', b'\x00\xdc\x00\xd8'),          # low then high
    ('utf-16-be', b'\xd8\x00\xd8\x00\xdc\x00'),  # high, then a valid pair
    ('utf-16', b'\xfe\xff\xdc\x00'),             # BOM picks big-endian
    ('utf-16', b'\xff\xfe\x00\xdc'),
    ('utf-32-le', b'\x00\xd8\x00\x00'),
    ('utf-32-be', b'\x00\x00\xdc\x00'),
    ('utf-32', b'\x00\x00\xfe\xff\x00\x00\xd8\x00'),
    ('utf-32-le', b'\x00\x00\x11\x00'),          # beyond U+10FFFF: not a surrogate
    ('utf-32-le', b'\x00\xd8\x00'),              # truncated
    ('utf-8', b'\xed\xa0\x80'),
    ('utf-8', b'\xed\xa0'),
    ('utf-8', b'\xe0\x80\x80'),                  # overlong, not a surrogate
    ('utf-8', b'\xed\xbf\xbfz'),
    ('utf-16-le', b'a\x00\x00\xd8b'),
    ('utf-8', b'\xff'),
]
for enc, data in cases:
    show(lambda: data.decode(enc, 'surrogatepass'))
    show(lambda: len(data.decode(enc, 'surrogatepass')))
