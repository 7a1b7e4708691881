# Binary streams' readinto/readinto1 (into a bytearray or a writable memoryview) and read1.
import io
import os
path = '/tmp/dyad_readinto_%d.tmp' % os.getpid()
b = io.BytesIO(b'hello world')
buf = bytearray(4)
print(b.readinto(buf), buf, b.read1(3), b.tell())
m = memoryview(bytearray(10))
print(b.readinto(m), bytes(m))
print(b.readinto(bytearray(5)), b.readinto1(bytearray(2)))
for bad in (b'xx', memoryview(b'xx'), 'ab', [1]):
    try: b.readinto(bad)
    except TypeError as e: print('TypeError', e)
with open(path, 'wb') as f: f.write(b'0123456789')
with open(path, 'rb') as f:
    ba = bytearray(3)
    print(f.readinto(ba), ba, f.read1(2), f.read1(), f.readinto(ba))
b.close()
try: b.readinto(bytearray(1))
except ValueError as e: print('ValueError', e)
os.remove(path)
