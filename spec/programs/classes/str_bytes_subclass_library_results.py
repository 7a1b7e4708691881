# Library functions handed a str or bytes subclass with overridden methods: re.sub/subn with
# no match give an exact str copy (not str(s), which would call __str__); struct reads a bytes
# subclass through its buffer, never its __len__ / __getitem__ / __bytes__.
import re
import struct


class S(str):
    def __str__(self):
        return "S.__str__"

    def __repr__(self):
        return "S.__repr__"


for s in [S(""), S("abc"), S("xyz")]:
    r = re.sub("b", "B", s)
    print(type(r).__name__, repr(r))
    r = re.subn("q", "B", s)
    print(type(r[0]).__name__, repr(r))
    print([type(x).__name__ for x in re.split("(b)", s)], type(re.match(".*", s).string).__name__)


class B(bytes):
    def __len__(self):
        print("B.__len__")
        return 7

    def __getitem__(self, i):
        print("B.__getitem__")
        return 0

    def __bytes__(self):
        print("B.__bytes__")
        return b"zzz"


b = B(b"\x01\x02\x03")
print(struct.unpack("3B", b), struct.unpack_from("2B", b, 1), list(struct.iter_unpack("B", b)))
print(re.sub(b"q", b"Q", b), type(re.sub(b"q", b"Q", b)).__name__)
try:
    struct.unpack("4B", b)
except struct.error as e:
    print("struct.error", e)
