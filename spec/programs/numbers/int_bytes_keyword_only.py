# int.to_bytes / int.from_bytes: `signed` is keyword-only (Argument Clinic's positional
# limit message) and is tested for truth like any object; float(x) of an exact float is x.

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: (1).to_bytes(1, 'big', True))
attempt(lambda: (1).to_bytes(1, 'big', False, 5))
attempt(lambda: int.from_bytes(b'\xff', 'big', True))
attempt(lambda: (-1).to_bytes(1, 'big', signed='yes'))
attempt(lambda: (-1).to_bytes(1, 'big', signed=''))
attempt(lambda: (-1).to_bytes(2, 'little', signed=[0]))
attempt(lambda: int.from_bytes(b'\xff\x00', 'little', signed=[1]))
attempt(lambda: int.from_bytes(b'\xff', signed=None))
attempt(lambda: int.from_bytes(b'\x80', byteorder='big', signed=1.5))
attempt(lambda: (5).to_bytes(length=2, byteorder='little'))
attempt(lambda: (5).to_bytes(2, length=2))
attempt(lambda: int.from_bytes(bytes=b'\x01'))
attempt(lambda: (5).to_bytes(2, 'big', sign=True))

x = 2.5
print(float(x) is x, float(x) == x)
class F(float):
    pass
f = F(1.5)
print(type(float(f)).__name__, float(f) is f, F(f) is f)
attempt(lambda: (5).to_bytes(length=2, byteorder='little', signed=True, x=1))
