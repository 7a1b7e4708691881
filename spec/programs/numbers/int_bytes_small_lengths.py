# int.to_bytes / int.from_bytes round trips at every small length (0-8 bytes), both byte
# orders, signed and unsigned, with the OverflowErrors at each boundary (CPython lets -1 fit in
# zero signed bytes), and from_bytes of bytearray, lists, subclasses and longer inputs.
for n in [0, 1, 255, 256, 65535, 65536, -1, -128, -129, 127, 128, 2**47, 2**48 - 1, 2**48, -2**47, -2**47 - 1, 2**53, 12345678901, True]:
    for length in [0, 1, 2, 3, 4, 6, 7, 8]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                try:
                    b = n.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    print(n, length, order, signed, b, back, back == n)
                except OverflowError as e:
                    print(n, length, order, signed, "OverflowError", e)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 6, "little", signed=True), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True), int.from_bytes([1, 2, 3], "big"))
class I(int): pass
print(type(I.from_bytes(b"\x01", "big")).__name__, I.from_bytes(b"\x01\x02", "little"), (5).to_bytes(), (5).to_bytes(2, byteorder="little"))
import sys
print(int.from_bytes(b"\x01" * 7, "big"), (2**60).to_bytes(8, "big"), bool.from_bytes(b"\x01", "big"))
