# int.from_bytes takes what bytes(x) takes except a count: an object with __index__ (and no
# __bytes__) is refused like an int; __bytes__ wins over __index__; iterables and buffers are read.
class Ix:
    def __index__(self): return 2
for a in [Ix(), 3, True, 'ab', [1, 2], (1,), iter([1, 2]), bytearray(b'\x01\x02'), memoryview(b'\x05'), 1.5, None, {1: 2}, {3}]:
    try:
        print(int.from_bytes(a, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
class IB(int):
    def __bytes__(self): return b'\x01\x00'
class XB:
    def __index__(self): return 1
    def __bytes__(self): return b'\x07'
for a in [IB(5), XB(), Ix()]:
    for f in (lambda a: int.from_bytes(a, 'little'), bytes):
        try:
            print(f(a))
        except Exception as e:
            print(type(e).__name__, e)
