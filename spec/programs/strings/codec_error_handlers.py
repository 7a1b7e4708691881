# Error handlers registered with codecs.register_error used by str.encode and bytes.decode:
# the exception they get, str or bytes replacements, resume positions (past the error, from
# the end, out of range), what a handler may not return, and a failing handler.
import codecs
def handler(exc):
    print(type(exc).__name__, exc.start, exc.end, repr(exc.object[exc.start:exc.end]))
    return ('?%d?' % ord(exc.object[exc.start]), exc.end)
codecs.register_error('myh', handler)
print('aéb€c'.encode('ascii', 'myh'))
print('aéb'.encode('latin-1', 'myh'))
def dh(exc):
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('dh', dh)
print(b'a\xffb\xfe'.decode('utf-8', 'dh'))
print(b'a\xffb'.decode('ascii', 'dh'))
try:
    'é'.encode('ascii', 'nohandler')
except LookupError as e:
    print('LookupError', e)
print(codecs.lookup_error('strict').__name__)
codecs.register_error('bytesrep', lambda e: (b'<%d>' % e.start, e.end))
print('xéyü'.encode('ascii', 'bytesrep'), 'x\udc80y'.encode('utf-8', 'bytesrep'))
codecs.register_error('skip2', lambda e: ('', e.end + 1))
print('aébcd'.encode('ascii', 'skip2'))
codecs.register_error('neg', lambda e: ('#', -1))
print('aébcd'.encode('ascii', 'neg'))
codecs.register_error('badret', lambda e: 'nope')
codecs.register_error('oob', lambda e: ('', 100))
codecs.register_error('nonascii', lambda e: ('é', e.end))
codecs.register_error('raising', lambda e: (_ for _ in ()).throw(ValueError('from handler')))
for f in [lambda: 'aé'.encode('ascii', 'badret'), lambda: b'a\xff'.decode('ascii', 'badret'),
          lambda: 'aé'.encode('ascii', 'oob'), lambda: b'a\xff'.decode('utf-8', 'oob'),
          lambda: 'aé'.encode('ascii', 'nonascii'), lambda: 'aé'.encode('ascii', 'raising'),
          lambda: b'\xff'.decode('utf-8', 'bytesrep'), lambda: b'a\xffb'.decode('latin-1', 'dh'),
          lambda: b'a\x80b'.decode('cp1252', 'dh'), lambda: 'a\u20acb'.encode('latin-1', 'neg')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
