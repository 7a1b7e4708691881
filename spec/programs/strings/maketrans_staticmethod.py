# str/bytes/bytearray.maketrans are static methods of their types (a staticmethod in the
# type's __dict__, a builtin method when looked up), usable from the type or an instance.
for t in (str, bytes, bytearray):
    d = t.__dict__["maketrans"]
    m = t.maketrans
    print(type(d).__name__, type(m).__name__, m.__name__, m.__qualname__, m.__self__, repr(m).split(" at ")[0])
print(str.maketrans("ab", "cd"), "".maketrans({"a": "b"}), bytes.maketrans(b"a", b"b")[97:98], bytearray.maketrans(b"a", b"b")[97:98])
print("abc".translate(str.maketrans("ab", "xy", "c")), b"abc".translate(b"".maketrans(b"ab", b"xy")))
for call in (lambda: str.maketrans(1, 2, 3, 4), lambda: bytes.maketrans(b"a"), lambda: str.maketrans("ab", "c")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(float.__dict__["fromhex"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
