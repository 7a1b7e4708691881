# utf-8-sig, the refusal of non-text codecs by str.encode / bytes.decode, \N{name} in the
# unicode_escape codec, and codecs.utf_8_decode keeping an incomplete tail when not final.
import codecs
for data in [b'', b'a', b'\xc3', b'a\xc3', b'\xc3\xa9', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2', b'\xf0\x9f\x99', b'\xf0\x9f', b'\xe0\x80', b'\xed\xa0', b'\xf4\x90', b'\xff', b'a\x80', b'\xc3\xa9\xe2', b'\xc0']:
    for final in (False, True):
        for errors in ('strict', 'replace'):
            try: print(data, final, errors, codecs.utf_8_decode(data, errors, final))
            except UnicodeDecodeError as e: print(data, final, errors, 'UDE', e)
print(codecs.utf_8_decode(bytearray(b'\xc3'), 'strict'))
for s in ['a', 'é€😀', '']:
    b = s.encode('utf-8-sig'); print(b, b.decode('utf-8-sig'), b.decode('utf_8_sig'), s.encode('utf8').decode('utf-8-sig'))
print(b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig'))
try: b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e: print(e)
try: '\ud800'.encode('utf-8-sig')
except UnicodeEncodeError as e: print(e)
print(codecs.lookup('utf-8-sig').name, codecs.lookup('UTF_8_SIG').name)
for name in ['hex', 'rot13', 'rot_13', 'base64', 'zlib', 'uu', 'bz2', 'quopri', 'Hex', 'hex_codec', 'base-64']:
    for f in (lambda: 'a'.encode(name), lambda: b'a'.decode(name), lambda: bytearray(b'a').decode(name), lambda: str(b'a', name)):
        try: print(f())
        except LookupError as e: print('LookupError', e)
for b in [b'\\N{EM DASH}', b'\\N{em dash}x', b'\\N{LATIN SMALL LETTER A}', b'\\N{DASH}', b'\\N{}', b'\\N', b'\\Nx', b'\\N{abc', b'a\\N{BEL}', b'\\N{HANGUL SYLLABLE GA}', b'\\N{CJK UNIFIED IDEOGRAPH-4E00}']:
    for errors in ('strict', 'replace', 'backslashreplace'):
        try: print(b, errors, ascii(b.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e: print(b, errors, 'UDE', e)
