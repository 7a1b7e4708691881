# random.SystemRandom and secrets (os.urandom underneath): ranges, types and errors; the
# values themselves are random, so only their properties are printed.
import os
import random
import secrets

r = random.SystemRandom()
xs = [r.random() for _ in range(2000)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 1990, min(xs) < 0.1, max(xs) > 0.9)
print(all(0 <= r.randrange(7) < 7 for _ in range(200)), {r.randint(1, 3) for _ in range(300)})
print(r.getrandbits(0), all(r.getrandbits(9) < 512 for _ in range(100)), r.getrandbits(200).bit_length() <= 200)
print(sorted(r.sample(range(8), 8)), r.choice("x"), len(r.randbytes(6)), r.seed(1))
bag = list(range(10))
r.shuffle(bag)
print(sorted(bag), type(r.gauss(0, 1)).__name__, type(r.uniform(2, 3)).__name__)

print(len(os.urandom(16)), type(os.urandom(2)).__name__, os.urandom(0))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)),
      all(c in "0123456789abcdef" for c in secrets.token_hex()))
tok = secrets.token_urlsafe(12)
print(len(tok), all(c.isalnum() or c in "-_" for c in tok))
print(all(0 <= secrets.randbelow(5) < 5 for _ in range(100)), secrets.randbits(0), secrets.choice("q"))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"ab", bytearray(b"ab")),
      secrets.compare_digest(b"ab", b"ac"), secrets.DEFAULT_ENTROPY)

for f in (r.getstate, lambda: r.setstate(()), lambda: r.getrandbits(-1), lambda: os.urandom(-1),
          lambda: os.urandom("3"), lambda: os.urandom(1.0), lambda: secrets.randbelow(0),
          lambda: secrets.compare_digest("\xe9", "\xe9"), lambda: secrets.compare_digest("a", b"a"),
          lambda: secrets.compare_digest(1, 2), lambda: secrets.compare_digest(b"a", 1),
          lambda: secrets.choice([])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
