# hashlib's digests (native since session 22) at every padding boundary of the 64- and 128-byte
# blocks, for all six algorithms; update/copy keep the whole input.
import hashlib
msgs = [b"", b"a", b"abc", b"message digest", b"x" * 55, b"x" * 56, b"x" * 57, b"y" * 63, b"y" * 64, b"y" * 65, b"z" * 111, b"z" * 112,
        b"z" * 113, b"q" * 127, b"q" * 128, b"q" * 129, bytes(range(256)) * 5, b"The quick brown fox jumps over the lazy dog"]
for i in range(60):
    msgs.append(bytes((j * 37 + i) & 0xff for j in range(i * 13)))
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for m in msgs:
        print(name, len(m), hashlib.new(name, m).hexdigest())
h = hashlib.sha256()
for m in msgs[:10]:
    h.update(m)
c = h.copy()
c.update(b"more")
print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name, hashlib.md5(b"abc").digest())
