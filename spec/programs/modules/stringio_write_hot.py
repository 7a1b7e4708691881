# io.StringIO / BytesIO write() in a hot loop, and the errors of a write() call with a wrong
# argument count or keywords (the owner type named in the message).
import io


def build(n):
    buf = io.StringIO()
    b = io.BytesIO()
    for i in range(n):
        buf.write(str(i))
        buf.write(",")
        b.write(b"x")
    return len(buf.getvalue()), buf.getvalue()[-20:], len(b.getvalue())


print(build(3000))
for f in (io.StringIO(), io.BytesIO()):
    for call in (lambda: f.write(), lambda: f.write("a", "b"), lambda: f.write(s="a")):
        try:
            call()
        except TypeError as e:
            print(type(f).__name__, e)
