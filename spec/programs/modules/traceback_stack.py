# traceback.format_stack / extract_stack / print_stack / walk_stack list the calling frames,
# outermost first, each with its current line. (The script's path is absolute in
# tracebacks, so it is printed as FILE: the output must not depend on the checkout.)
import io
import traceback, sys


def clean(text):
    return text.replace(__file__, "FILE")


def a():
    return b()
def b():
    return traceback.format_stack()
for line in a():
    print(clean(line), end='')
def c():
    st = traceback.extract_stack()
    return [(f.name, f.lineno, f.line) for f in st]
print(c())
def d():
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    print(clean(buf.getvalue()), end='')
d()
print(len(traceback.extract_stack(limit=1)))
def e():
    return [fs.name for fs in traceback.extract_stack(sys._getframe())]
print(e())
