# Calling a struct sequence type: structseq(sequence, dict=None) and its messages; sys.version_info
# and sys.flags cannot be instantiated; sys.intern of a str subclass.
import sys
import time


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


F = type(sys.float_info)
t(lambda: F(1))
t(lambda: F())
t(lambda: F((1,) * 11, None))
t(lambda: F((1,) * 11, {}, 3))
t(lambda: F(sequence=(1,) * 11))
t(lambda: F((1,) * 3))
t(lambda: F(range(11), 5))
t(lambda: F(iter(range(11)), dict={"max": 5}))
t(lambda: F(x=1))
t(lambda: type(sys.flags)(1))
t(lambda: type(sys.version_info)())
t(lambda: type(sys.version_info)((3, 11, 0, "final", 0)))
t(lambda: type(sys.int_info)((1, 2, 3, 4)))
t(lambda: type(sys.int_info)([1, 2, 3, 4]).sizeof_digit)
t(lambda: type(sys.hash_info)(range(9)))
t(lambda: time.struct_time((1,) * 9, {"tm_zone": "X"}).tm_zone)
t(lambda: time.struct_time((1,) * 12))
t(lambda: time.struct_time((1,) * 8))
t(lambda: time.struct_time(5))
t(lambda: (F.n_fields, F.n_sequence_fields, F.n_unnamed_fields))
t(lambda: (time.struct_time.n_fields, time.struct_time.n_sequence_fields))
t(lambda: sys.version_info[:2] >= (3, 11))
t(lambda: sys.version_info.index(11))


class S(str):
    pass


t(lambda: sys.intern("abc"))
t(lambda: sys.intern(S("a")))
t(lambda: sys.intern(1))
t(lambda: sys.intern(b"x"))
t(lambda: sys.intern())
