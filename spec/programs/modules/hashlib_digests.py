import hashlib
msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 112, bytes(range(200)), "héllo".encode()]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for m in msgs:
        print(name, getattr(hashlib, name)(m).hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, hashlib.md5().block_size, hashlib.sha512().block_size)
print(hashlib.new("sha1", b"x").hexdigest(), hashlib.new("SHA256").name, hashlib.md5(b"x").digest_size, sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
for bad in ['hashlib.sha256("str")', 'hashlib.new("nope")', 'hashlib.md5().update("s")']:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.sha256(bytearray(b"ba")).hexdigest()[:16], hashlib.sha1(memoryview(b"mv")).hexdigest()[:16])
