# The io module's in-memory streams (StringIO, BytesIO) and stdout capture; gc and keyword.
import io
s = io.StringIO()
s.write("hello ")
print("world", file=s)
print(repr(s.getvalue()))
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end="")
print(s.readlines())
print(s.read(), repr(s.read()))
s.seek(0)
print(s.read(5), s.tell())
for line in io.StringIO("a\nb\n"):
    print(repr(line))
b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.getvalue())
b.write(b"def"); print(b.getvalue())
b.seek(0); b.write(b"X"); print(b.getvalue())
with io.StringIO() as f:
    f.write("x")
    print(f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print(e)
import sys
old = sys.stdout
sys.stdout = io.StringIO()
print("captured!")
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(cap))
print(io.SEEK_END, isinstance(s, io.StringIO), type(s).__name__)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
try:
    io.BytesIO("x")
except TypeError as e:
    print(e)
b = io.BytesIO()
print(b.write(bytearray(b"zz")), b.tell(), b.getvalue())
s = io.StringIO("abc")
s.seek(0, io.SEEK_END); s.write("d"); print(s.getvalue())
print(s.truncate(2), s.getvalue())
print(io.StringIO("x").readable(), io.StringIO().writable(), io.StringIO().seekable())
import gc, keyword
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
x = gc.collect()
print(type(x).__name__, gc.get_threshold())
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(keyword.iskeyword([]) if False else "ok")
