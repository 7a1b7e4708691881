# os.system and os.popen: exit statuses, a child's output next to buffered print() output (the
# child writes to the inherited pipe at once; print's text waits in the buffer), popen's
# stream and close() status, argument errors; uname/times/terminal_size/strerror shapes.
import os

print("before system (buffered)")
print("status", os.system("echo child says hi"))
print("exit 3 ->", os.system("exit 3"))
print("flushed", flush=True)
os.system("echo after a flush")

p = os.popen("echo one; echo two; echo three")
print(type(p).__name__, repr(p.readline()), list(p), p.close())
with os.popen("printf 'a b c'") as p:
    print(p.read().split())
print("close status", os.popen("exit 2").close())
with os.popen("cat > /dev/null", "w") as w:
    print("wrote", w.write("ignored\n"))
for bad in [(1,), ("echo", "rb"), ("echo", "x")]:
    try:
        os.popen(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.system(1)
except TypeError as e:
    print("TypeError", e)

u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
for code in (0, 1, 2, 9, 13, 17, 22, 25, 32, 41, 110, 1000, -1):
    print(code, os.strerror(code))
print(os.getuid() == os.geteuid(), type(os.getgid()).__name__)
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))
print(os.fsencode("a\udcffb"), os.fsdecode(b"a\xffb") == "a\udcffb", os.fsencode(b"raw"))
try:
    os.fsencode(3)
except TypeError as e:
    print("TypeError", e)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
