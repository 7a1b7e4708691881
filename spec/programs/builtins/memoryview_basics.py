m=memoryview(b'abc'); print(type(iter(m)), m.format, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.nbytes, m[::2].strides, m[::2].c_contiguous, m[::-1].tolist(), m[::-1].strides)
print([x for x in dir(m) if not x.startswith('__')])
print(m == b'abc', m == bytearray(b'abc'), m == 'abc', m == [97,98,99], hash(m) == hash(b'abc'), m[::2] == b'ac')
print(b'abc' == m, m != b'abd', m == m[:], m[1:] == memoryview(b'bc'))
try: m < m
except TypeError as e: print(e)
try: m[0]=1
except TypeError as e: print(e)
try: del m[0]
except TypeError as e: print(e)
ba=bytearray(b'xyz'); w=memoryview(ba)
try: hash(w)
except ValueError as e: print(e)
w[0]=65; w[1:3]=b'BC'; print(ba)
w[-1] = 122; print(ba, w[-1])
try: w[0]=256
except ValueError as e: print(e)
try: w[0]=b'a'
except TypeError as e: print(e)
try: w[0:2]=b'a'
except ValueError as e: print(e)
try: w['a']
except TypeError as e: print(e)
try: w[5]
except IndexError as e: print(e)
try: w[1.0]
except TypeError as e: print(e)
w.release(); print(repr(w)[:17])
try: len(w)
except ValueError as e: print(e)
try: w[0]
except ValueError as e: print(e)
try: w.tobytes()
except ValueError as e: print(e)
ba.append(1); print(ba)
with memoryview(b'ab') as q: print(q.tobytes(), q.tolist(), q.hex(), q.obj, q.readonly, bytes(q), bytearray(q))
print(repr(q)[:17])
try: memoryview('abc')
except TypeError as e: print(e)
try: memoryview()
except TypeError as e: print(e)
try: memoryview(5)
except TypeError as e: print(e)
c=memoryview(b'ab').cast('c'); print(c[0], c.tolist(), c.format)
s=memoryview(bytes([255,1])).cast('b'); print(s[0], s.tolist())
try: memoryview(b'abc').cast('i')
except Exception as e: print(type(e).__name__, e)
h=memoryview(bytes([1,0,2,0,255,255])).cast('H'); print(h.tolist(), h.itemsize, h.nbytes, len(h), h.format)
print(memoryview(bytes([1,0,0,0])).cast('i')[0], memoryview(bytearray(8)).cast('d').tolist())
try: memoryview(b'ab').cast('zz')
except Exception as e: print(type(e).__name__, e)
print(memoryview(memoryview(b'xy')).tobytes(), memoryview(b'abcdef')[1:5][::2].tobytes())
print(repr(memoryview(b'x'))[:10])
print(b'abc'.startswith(memoryview(b'ab')), b'-'.join([memoryview(b'q')]), b'ab' + memoryview(b'c'), bytearray(b'a') + memoryview(b'b'))
try: memoryview(b'a') + b'b'
except TypeError as e: print(e)
print(list(memoryview(b'hi')), len(memoryview(b'hello')[1:]), memoryview(b'hello')[-1])
print(memoryview(b'ab').toreadonly().readonly, memoryview(bytearray(b'ab')).readonly)
print(memoryview(b'abcdef')[::-2].tobytes(), memoryview(b'abc').hex(':'), memoryview(b'')[:].tolist())
big = bytearray(range(10)); v = memoryview(big)[2:8]
v[::2] = b'XYZ'; print(big, v.obj is big)
print(isinstance(m, memoryview), type(m).__name__)
try:
    class Sub(memoryview): pass
except TypeError as e: print(e)
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), bytes(memoryview(b'zz')[1:]))
print(memoryview(b'abc') == memoryview(b'abc').cast('c'), memoryview(b'ab').cast('c') == b'ab')
print(str(b'abc', 'ascii'), memoryview(b'ab\xff').tobytes().decode('latin-1'))
print(b'x' in [memoryview(b'x')])
