# The surrogateescape decode handler escapes only the leading run (at most four) of bytes
# >= 0x80 in an undecodable range and resumes after it, so a following ASCII byte meets a fresh
# error (utf-32's "truncated data" after an out-of-range code point); a range that starts with
# an ASCII byte is not escaped at all and the original error propagates.
cases = [b'\xef\xbb\xbfabc', b'\xff\xfea\x00', b'a\xe9\x80\xff\xfe', b'\x80\x81\x82\x83\x84\x85',
         b'\xf0\x9f\x98', b'\xf0\x9f\x98a', b'ab\xe2\x82', b'\xc3(', b'\xed\xa0\x80x', b'abc\xc3']
for d in cases:
    for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'utf-8-sig']:
        try:
            print(enc, d, ascii(d.decode(enc, 'surrogateescape')))
        except UnicodeDecodeError as e:
            print(enc, d, 'UnicodeDecodeError', e)
print(ascii(str(b'\xff\xfe\xfd\xfc\xfb\xfa', 'utf-32-le', 'surrogateescape')))
print(ascii(b'x\x80\x81y'.decode('ascii', 'surrogateescape')))
