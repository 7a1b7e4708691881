# int.from_bytes takes what bytes() takes: a bytes subclass with __bytes__ is converted by it.
# struct.pack of an int subclass packs its value without calling __int__ / __index__.
import struct


class BB(bytes):
    def __bytes__(self):
        print("__bytes__ called")
        return b"\x01\x02"


print(int.from_bytes(BB(b"abc"), "big"), int.from_bytes(BB(b""), "little"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(bytearray(b"\xff"), "big", signed=True))


class Plain(bytes):
    pass


print(int.from_bytes(Plain(b"\x00\x10"), "big"))


class II(int):
    def __index__(self):
        print("__index__ called")
        return 3

    def __int__(self):
        print("__int__ called")
        return 4


print(struct.pack("i", II(7)), struct.pack("<H", II(258)), struct.pack("b", True))
print(struct.pack("q", II(-1)), struct.unpack("i", struct.pack("i", II(5))))


class Idx:
    def __index__(self):
        return 9


print(struct.pack("B", Idx()))
try:
    struct.pack("i", 1.5)
except struct.error as e:
    print("struct.error", e)
