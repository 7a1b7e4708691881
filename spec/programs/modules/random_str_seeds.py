# random.seed() with str, bytes and bytearray seeds: version 2 (the default) seeds with the
# int of the bytes followed by their SHA-512 digest; version 1 uses the old string hash.
import random

for s in ["", "a", "hello", "Hello", "héllo wörld", "日本語", "x" * 200, "seed-123",
          b"", b"abc", bytearray(b"abc"), b"\xff" * 130, bytes(range(256))]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.randrange(1000), random.getrandbits(40))
random.seed("abc")
a = random.random()
random.seed(b"abc")
print(a == random.random())
for s in ["", "a", "hello", b"abc", "ü", "long string " * 10]:
    random.seed(s, version=1)
    print(repr(s)[:30], random.random())
r = random.Random("words")
print(r.choice(["alpha", "beta", "gamma", "delta"]), r.sample(range(100), 3))
try:
    random.seed(bytearray(b"x"), version=1)
except TypeError as e:
    print(type(e).__name__, e)
