# The unicode_escape and raw_unicode_escape codecs: str.encode, bytes.decode (error ranges,
# messages and handlers), str(b, enc) and the codecs module functions.
samples = ['plain', 'tab\there\nnew\rret', 'back\\slash', "quote'\"", '\x00\x1f\x7f\x80\xff', '\u0100\u20ac\uffff', '\U0001f600', 'é', '\ud800']
for s in samples:
    for enc in ('unicode_escape', 'raw_unicode_escape', 'raw-unicode-escape', 'Unicode-Escape'):
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
for b in [rb'a\nb\tc\\d\'e\"f', rb'\x41\u0042\U00000043', rb'\101\1\18\777', rb'\q\z', b'\\\n', b'caf\xe9', rb'\u20ac\\u20ac\\\u20ac']:
    print(b.decode('unicode_escape'), repr(b.decode('raw_unicode_escape')))
for b in [rb'\x4', rb'\u12', rb'\U0011ffff', b'abc\\', rb'\x', rb'\N']:
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        try:
            print(enc, repr(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, 'UnicodeDecodeError', e)
        for h in ('replace', 'ignore', 'backslashreplace'):
            try: print('  ', h, repr(b.decode(enc, h)))
            except UnicodeDecodeError as e: print('  ', h, 'UnicodeDecodeError', e)
print(str(rb'\u0663\u0661\u0664 ', 'raw-unicode-escape'))
import codecs
print(codecs.decode(rb'\x41\n', 'unicode_escape'), codecs.encode('é\n', 'unicode_escape'))
