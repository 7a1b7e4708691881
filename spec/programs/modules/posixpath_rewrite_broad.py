# Differential probe of lib/posixpath.py (rewrite): path arithmetic on str and bytes,
# argument errors, expanduser/expandvars, realpath through symbolic links, file queries.
import os, posixpath, sys
P = posixpath
print(os.path is posixpath, sorted(P.__all__))
print(P.sep, P.altsep, P.curdir, P.pardir, P.extsep, P.pathsep, P.defpath, P.devnull, P.supports_unicode_filenames)
cases = ["", "/", "//", "///", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a/b/", "/a/b/", "a//b", "a/./b", "a/../b", "../a", "./a", "..", ".", "/..", "/../a", "a/b/../../..", "//a/../b", "///a/./b/..", ".a", "a.", "a.b.c", "/x/.bashrc", "/x/..ext", "a/.b.c", "a.b/c", "..a.b", "...", "a/..", "/a/b.tar.gz", "c:\\x.y", "~", "~/x", "~user/x", "x~"]
for c in cases:
    for p in (c, c.encode()):
        print(repr(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.normpath(p), P.isabs(p), P.splitdrive(p), P.normcase(p))
joins = [("a",), ("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("a", "", "b"), ("/", "a", "b/"), ("a", "b", "/c", "d"), ("", ""), ("a//", "b"), ("", "", "x")]
for j in joins:
    print(j, P.join(*j), P.join(*[s.encode() for s in j]))
class PL:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(P.join(PL("a"), "b"), P.join("a", PL("b")), P.basename(PL("x/y")), P.normpath(PL("a//b")), P.splitext(PL("f.txt")), P.join(PL(b"a"), b"c"))
for args in [(5,), ("a", 5), ("a", b"b"), (b"a", "b"), (None,), ("a", None), (b"a", 3.0), ("a", PL(b"b"))]:
    try:
        print(P.join(*args))
    except TypeError as e:
        print("TypeError", e)
for fn in (P.split, P.splitext, P.basename, P.dirname, P.normpath, P.isabs, P.normcase, P.splitdrive, P.abspath, P.expanduser, P.expandvars, P.realpath):
    try:
        fn(5)
    except TypeError as e:
        print(fn.__name__, "TypeError", e)
# commonprefix / commonpath
print(P.commonprefix([]), P.commonprefix(["abc", "abd", "ab"]), P.commonprefix(["/usr/lib", "/usr/local"]), P.commonprefix([["a", "b"], ["a", "c"]]), P.commonprefix([b"xy", b"xz"]), P.commonprefix(["x"]), P.commonprefix(("",)))
for ps in [["/usr/lib", "/usr/local"], ["/usr/lib/", "/usr/lib"], ["a/b", "a/c"], ["a/b", "a/b/c"], ["/a"], ["a//b/./c", "a/b/c/d"], ["/", "/a"], [b"/x/y", b"/x/z"], ["a", "b"], ("x/y", "x/y")]:
    print(ps, P.commonpath(ps))
for ps in [[], ["/a", "b"], ["a", b"b"], [5], ["a", 5]]:
    try:
        print(P.commonpath(ps))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# relpath
cwd = os.getcwd()
for a in [("a/b", "a"), ("a", "a/b"), ("/x/y/z", "/x/q"), ("/", "/a/b"), ("a", "a"), ("a/b", None), ("/x/y", "/")]:
    r = P.relpath(*a) if a[1] is not None else P.relpath(a[0])
    print(a, r.replace(cwd, "CWD") if "CWD" not in r else r)
print(P.relpath(b"/a/b", b"/a"), P.relpath("/tmp", "/tmp"))
for a in [("",), (b"",), ("a", b"b"), (5,), ("a", 5)]:
    try:
        print(P.relpath(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P.abspath("x").replace(cwd, "CWD"), P.abspath("/a/../b"), P.abspath(b"/a/./b"), P.abspath(b"x").replace(cwd.encode(), b"CWD"), P.abspath("") == cwd)
# expanduser / expandvars
os.environ["HOME"] = "/home/tester/"
os.environ["PP_VAR"] = "value"
os.environ["PP_E"] = ""
for s in ["~", "~/", "~/a", "~x/y" if False else "x~", "a/~", "~~"]:
    print(repr(s), P.expanduser(s), P.expanduser(s.encode()))
os.environ["HOME"] = "/"
print(P.expanduser("~"), P.expanduser("~/a"))
os.environ["HOME"] = ""
print(repr(P.expanduser("~")), P.expanduser("~/a"))
for s in ["$PP_VAR", "${PP_VAR}", "x$PP_VAR/y", "$PP_VARx", "$PP_UNSET/a", "${PP_UNSET}", "$", "$$PP_VAR", "${PP_VAR", "${PP_VAR $PP_VAR", "${}", "$PP_E!", "a$-b", "$PP_VAR$PP_VAR", "${PP_VAR}x${PP_UNSET}y", "no vars", "$1", "$_x", "$\u00e9"]:
    print(repr(s), repr(P.expandvars(s)), P.expandvars(s.encode()) if s.isascii() else "")
# file system

base = "/tmp/rw7_pp_%d" % os.getpid()
os.makedirs(base + "/d/e", exist_ok=True)
with open(base + "/f.txt", "w") as fh:
    fh.write("hello")
os.symlink(base + "/f.txt", base + "/lnk")
os.symlink("d/e", base + "/rel")
os.symlink(base + "/missing", base + "/broken")
os.symlink(base + "/loop1", base + "/loop2")
os.symlink(base + "/loop2", base + "/loop1")
def B(s): return s.replace(base, "BASE") if isinstance(s, str) else s
for name in ["", "/f.txt", "/d", "/d/e", "/lnk", "/rel", "/broken", "/missing", "/loop1"]:
    p = base + name
    print(repr(name), P.exists(p), P.lexists(p), P.isfile(p), P.isdir(p), P.islink(p), P.ismount(p), B(P.realpath(p)), P.exists(p.encode()))
for name in ["/rel/../f.txt", "/lnk/x", "/broken/x", "/loop1/x", "/d/../rel/..", "/./d//e/"]:
    print(repr(name), B(P.realpath(base + name)), B(P.abspath(base + name)))
for name in ["/lnk", "/rel", "/d/e"]:
    print(B(P.realpath(base + name, strict=True)))
for name in ["/broken", "/missing", "/loop1"]:
    try:
        P.realpath(base + name, strict=True)
    except OSError as e:
        print(name, type(e).__name__, e.errno)
print(P.getsize(base + "/f.txt"), P.getmtime(base + "/f.txt") > 0, P.getatime(base + "/f.txt") > 0, P.getctime(base + "/f.txt") > 0)
print(P.samefile(base + "/f.txt", base + "/lnk"), P.samefile(base + "/f.txt", base + "/d"), P.samestat(os.stat(base), os.stat(base + "/d/..")))
for fn in (P.getsize, P.getmtime):
    try:
        fn(base + "/missing")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
print(P.exists(""), P.exists("a\0b"), P.isdir("/"), P.ismount("/"), P.ismount("/tmp/rw7_nonexistent"), P.isfile(5) if False else "", P.exists(b"/"))
print(P.realpath("no_such_rel_q") == P.join(os.getcwd(), "no_such_rel_q"), P.realpath(".") == os.getcwd(), P.realpath("..") == P.dirname(os.getcwd()), P.realpath(b".") == os.getcwd().encode())
rel = P.relpath(base, os.getcwd())
print(B(P.realpath(P.join(rel, "rel"))), B(P.realpath(P.join(rel, "lnk"))), B(P.realpath(P.join(rel, "loop1", "..", "x"))))
print(B(P.realpath((rel + "/rel").encode()).decode()))

for name in ["/lnk", "/rel", "/broken", "/loop1", "/loop2", "/f.txt"]:
    os.remove(base + name)
os.rmdir(base + "/d/e"); os.rmdir(base + "/d"); os.rmdir(base)
print(P.exists(base))
