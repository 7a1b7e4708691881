# os.stat_result: CPython's field order (size at index 6, integer times at 7-9), float and
# nanosecond time attributes, repr, construction from a sequence, copying, errors.
import copy
import os

s = os.stat(__file__)
with open(__file__, "rb") as f:
    size = len(f.read())
print(len(s), s[6] == size == s.st_size, s[0] == s.st_mode, s[1] == s.st_ino, s[2] == s.st_dev)
print(type(s[7]).__name__, type(s.st_atime).__name__, type(s.st_atime_ns).__name__)
print(int(s.st_mtime) == s[8], s.st_mtime_ns // 10**9 == s[8], abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-5)
print(s.st_mode & 0o170000 == 0o100000, s.st_nlink >= 1, s.st_blksize > 0, s.st_blocks >= 0)
print(repr(s).startswith("os.stat_result(st_mode="), repr(s).count("="), "st_size=%d" % size in repr(s))
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)

t = os.stat_result(tuple(range(100, 110)))
print(t)
print(t.st_size, t.st_atime, t.st_ctime, t.st_atime_ns, t.st_blksize)
u = os.stat_result(range(10), {"st_atime": 1.5, "st_blksize": 4096})
print(u.st_atime, u.st_mtime, u.st_blksize, tuple(u))
for c in (copy.copy(s), copy.deepcopy(s)):
    print(c == s, c.st_mtime == s.st_mtime, c.st_mtime_ns == s.st_mtime_ns, type(c) is os.stat_result)
mode, ino, dev, nlink, uid, gid, sz, at, mt, ct = s
print(sz == size, os.path.getsize(__file__) == size, os.lstat(__file__).st_size == size)

for f in (lambda: os.stat_result((1, 2)), lambda: os.stat_result(range(20)),
          lambda: os.stat_result(range(10), 5), lambda: setattr(s, "st_size", 0)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
