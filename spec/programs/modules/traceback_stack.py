# traceback.format_stack / extract_stack / print_stack / walk_stack list the calling frames,
# outermost first, each with its current line.
import traceback, sys
def a():
    return b()
def b():
    return traceback.format_stack()
for line in a():
    print(line, end='')
def c():
    st = traceback.extract_stack()
    return [(f.name, f.lineno, f.line) for f in st]
print(c())
def d():
    traceback.print_stack(file=sys.stdout)
d()
print(len(traceback.extract_stack(limit=1)))
def e():
    return [fs.name for fs in traceback.extract_stack(sys._getframe())]
print(e())
