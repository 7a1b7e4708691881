# secrets: compare_digest over str / bytes-like / other combinations (messages of _hashlib's),
# randbelow / randbits / choice checks, token sizes and alphabets (contents are random).
import secrets, array
def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)
cd = secrets.compare_digest
for a, b in [("abc", "abc"), ("abc", "abd"), ("abc", "ab"), ("", ""), (b"abc", b"abc"), (b"abc", bytearray(b"abc")),
             (memoryview(b"xy"), b"xy"), (b"a", b"b"), (array.array('b', [97]), b"a"), (array.array('h', [97]), b"a\x00"),
             ("é", "é"), ("a", "é"), ("abc", b"abc"), (b"abc", "abc"), (1, 1), (1, b"a"), (b"a", 1), ("a", 1), (1, "a"),
             (None, None), ([1], [1]), (bytearray(), b""), ("\x7f", "\x7f"), ("\x80", "\x80")]:
    attempt("cd %s %s %r %r" % (type(a).__name__, type(b).__name__, a if not isinstance(a, memoryview) else 0, b), cd, a, b)
attempt("cd kw", cd, a=b"x", b=b"x")
attempt("cd 1 arg", cd, b"x")
attempt("randbelow 0", secrets.randbelow, 0)
attempt("randbelow -3", secrets.randbelow, -3)
attempt("randbelow 1", secrets.randbelow, 1)
attempt("randbelow 1.5", secrets.randbelow, 1.5)
attempt("randbelow 'a'", secrets.randbelow, 'a')
attempt("randbelow True", secrets.randbelow, True)
attempt("randbits -1", secrets.randbits, -1)
attempt("randbits 0", secrets.randbits, 0)
attempt("randbits 1.5", secrets.randbits, 1.5)
attempt("choice []", secrets.choice, [])
attempt("choice 'a'", secrets.choice, 'a')
attempt("token_bytes -1", secrets.token_bytes, -1)
attempt("token_bytes 1.5", secrets.token_bytes, 1.5)
attempt("token_bytes 'a'", secrets.token_bytes, 'a')
attempt("token_hex -1", secrets.token_hex, -1)
attempt("token_urlsafe -1", secrets.token_urlsafe, -1)
attempt("token_bytes 0", secrets.token_bytes, 0)
attempt("token_hex 0", secrets.token_hex, 0)
attempt("token_urlsafe 0", secrets.token_urlsafe, 0)
import re
for n in (None, 1, 2, 3, 4, 5, 16, 31, 32, 33, 100):
    tb = secrets.token_bytes(n); th = secrets.token_hex(n); tu = secrets.token_urlsafe(n)
    print(n, type(tb).__name__, len(tb), len(th), bool(re.fullmatch('[0-9a-f]*', th)), len(tu), bool(re.fullmatch('[A-Za-z0-9_-]*', tu)))
seen = set()
for i in range(2000):
    v = secrets.randbelow(7); seen.add(v)
    assert 0 <= secrets.randbits(5) < 32
    assert secrets.choice('xyz') in 'xyz'
print(sorted(seen), 0 <= secrets.randbelow(10**30) < 10**30, secrets.randbits(200) < 2**200)
print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__), secrets.SystemRandom.__name__)
print(isinstance(secrets._sysrand, secrets.SystemRandom) if hasattr(secrets, '_sysrand') else True)
print(secrets.randbits.__name__, secrets.choice.__name__, secrets.compare_digest.__name__)
# urlsafe alphabet covers - and _ eventually
alpha = set()
for i in range(300):
    alpha.update(secrets.token_urlsafe(48))
print('-' in alpha, '_' in alpha, '+' in alpha, '/' in alpha, '=' in alpha, len(alpha))
