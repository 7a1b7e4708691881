# os's file-descriptor calls (open/write/read/lseek/fstat/ftruncate/close), their errors, and
# os.write(1) next to print(): unflushed print output comes after what os.write wrote at once.
import os

path = f"/tmp/_dyad_os_fd_{os.getpid()}.txt"


def t(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except OSError as e:
        # (not the message: it names the file, whose name has the process id)
        print(label, type(e).__name__, e.errno, e.strerror, e.filename == path)
    except Exception as e:
        print(label, type(e).__name__, e)


fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
t("write", os.write, fd, b"abcdef")
t("write bytearray", os.write, fd, bytearray(b"gh"))
t("write memoryview", os.write, fd, memoryview(b"ij"))
t("write str", os.write, fd, "nope")
t("seek set", os.lseek, fd, 2, os.SEEK_SET)
t("overwrite", os.write, fd, b"XY")
t("seek end", os.lseek, fd, 0, os.SEEK_END)
t("seek cur", os.lseek, fd, -3, os.SEEK_CUR)
t("seek before start", os.lseek, fd, -100, os.SEEK_CUR)
t("seek bad whence", os.lseek, fd, 0, 7)
t("read write-only", os.read, fd, 3)
t("fstat size", lambda: os.fstat(fd).st_size)
t("isatty", os.isatty, fd)
t("close", os.close, fd)
t("close again", os.close, fd)
t("write closed", os.write, fd, b"x")

fd = os.open(path, os.O_RDWR)
t("read 3", os.read, fd, 3)
t("read rest", os.read, fd, 100)
t("read at end", os.read, fd, 100)
t("read negative", os.read, fd, -1)
t("ftruncate", os.ftruncate, fd, 4)
t("seek start", os.lseek, fd, 0, os.SEEK_SET)
t("read truncated", os.read, fd, 100)
os.close(fd)

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"++")
os.close(fd)
with open(path, "rb") as f:
    print("appended", f.read())

with open(path, "w") as f:
    f.write("text via open\n")
fd = os.open(path, os.O_RDONLY)
with open(fd, "r") as f:
    print("open(fd)", repr(f.read()))
t("closed by file", os.close, fd)

t("open missing", os.open, "/nonexistent/dir/x", os.O_RDONLY)
t("open exclusive", os.open, path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
t("bad fd", os.write, 99, b"x")
t("fd str", os.read, "0", 1)
t("missing args", lambda: os.write(1))
t("fsync bad", os.fsync, 99)
os.remove(path)
t("fstat removed path", os.stat, path)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)

print("buffered print")
os.write(1, b"os.write first\n")
print("flushed print", flush=True)
os.write(1, b"os.write after flush\n")
