# os and os.path: constants, path arithmetic, exists/isfile/isdir/listdir/stat on this program's
# own file, the environment, fspath and PathLike, OSError subclasses for missing paths.
import os
import os.path
from os.path import join, splitext
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.devnull)
print(join("a", "b", "c"), join("/x", "/y", "z"), join("a/", "b"), join("", "x"), splitext("f.tar.gz"), splitext(".bashrc"), splitext("a/b.c/d"))
print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"), os.path.split("/a/b/"), os.path.split("a"), os.path.split("/"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../a/.."), os.path.normpath(""), os.path.normpath("//x"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here), os.path.exists("/nonexistent/zzz"), os.path.isdir(__file__))
print(os.path.basename(__file__) in os.listdir(here), os.getcwd() == os.path.abspath("."), type(os.getpid()).__name__)
print(type(os.environ).__name__ == "_Environ", "PATH" in os.environ, os.getenv("DYAD_SURELY_UNSET_VAR", "dflt"))
os.environ["DYAD_TEST_VAR"] = "v1"; print(os.environ["DYAD_TEST_VAR"], os.getenv("DYAD_TEST_VAR"))
try:
    os.listdir("/nonexistent/zzz")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    os.stat("/nonexistent/zzz")
except OSError as e:
    print(type(e).__name__, e)
st = os.stat(__file__)
print(st.st_size > 0, st.st_mode & 0o170000 == 0o100000, len(os.urandom(4)))
print(os.fspath("p"), os.fspath(b"b"))
class P:
    def __fspath__(self): return "/tmp"
print(os.fspath(P()), os.path.join(P(), "x"))
try:
    os.fspath(5)
except TypeError as e:
    print(e)
try:
    os.path.join("a", 5)
except TypeError as e:
    print(e)
