# Codecs registered with codecs.register() used by str.encode, bytes.decode, str(b, enc),
# bytes(s, enc) and bytearray(s, enc): the decoder gets a read-only memoryview, what the codec
# returns is checked (messages, the bytearray RuntimeWarning), non-text codecs are refused,
# unregister forgets them.
import codecs
def search(name):
    if name == 'rot13x':
        def enc(s, errors='strict'):
            return (codecs.encode(s, 'rot13').encode('ascii'), len(s))
        def dec(b, errors='strict'):
            print('decoder got', type(b).__name__, getattr(b, 'readonly', '-'), errors)
            return (codecs.decode(bytes(b).decode('ascii'), 'rot13'), len(b))
        return codecs.CodecInfo(enc, dec, name='rot13x')
    if name == 'bad':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='bad')
    if name == 'bad2':
        return codecs.CodecInfo(lambda s, e='strict': s, lambda b, e='strict': 5, name='bad2')
    if name == 'nt':
        return codecs.CodecInfo(lambda s, e='strict': (s.encode(), 1), lambda b, e='strict': ('', 1), name='nt', _is_text_encoding=False)
    if name == 'ba':
        return codecs.CodecInfo(lambda s, e='strict': (bytearray(s.encode()), 1), lambda b, e='strict': ('', 1), name='ba')
    return None
print(codecs.register(search))
print('hello'.encode('rot13x'), 'hello'.encode('ROT13X'), 'hello'.encode(encoding='rot13x', errors='ignore'))
print(b'uryyb'.decode('rot13x'))
print(bytearray(b'uryyb').decode('rot13x'))
print(str(b'uryyb', 'rot13x'), bytes('abc', 'rot13x'), bytearray('abc', 'rot13x'))
print(codecs.lookup('rot13x').name, codecs.encode('abc', 'rot13x'), codecs.decode(b'nop', 'rot13x'))
print(b''.decode('rot13x'), repr(''.encode('rot13x')))
print('x'.encode('ba'), type('x'.encode('ba')).__name__)
for f in [lambda: 'a'.encode('bad'), lambda: b'a'.decode('bad'), lambda: 'a'.encode('bad2'),
          lambda: b'a'.decode('bad2'), lambda: 'a'.encode('nt'), lambda: b'a'.decode('nt'),
          lambda: 'x'.encode('nonexistent-codec'), lambda: b'x'.decode('nonexistent-codec'),
          lambda: 'x'.encode('rot13'), lambda: 'é'.encode('ascii')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
codecs.unregister(search)
try:
    'x'.encode('rot13x')
except LookupError as e:
    print('after unregister:', e)
