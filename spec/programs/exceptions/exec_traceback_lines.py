# Tracebacks through exec'd and eval'd text: CPython shows no source line for '<string>' (the
# text is not in linecache), and for a compile() filename that names a real file it shows
# that file's lines, whatever the compiled text was.
import traceback


def show(text):
    print(text.replace(__file__, 'FILE'))


try:
    exec("def f():\n    return 1/0\nf()")
except ZeroDivisionError:
    show(traceback.format_exc())

try:
    eval("[1][5]")
except IndexError:
    show(traceback.format_exc())

g = {}
exec(compile("def h(x):\n    return x.missing\n", "<dyn>", "exec"), g)
try:
    g['h'](3)
except AttributeError:
    show(traceback.format_exc())

# The compiled text's line 1 is reported with this file's line 1.
try:
    exec(compile("(1,\n 2)[7]", __file__, "exec"))
except IndexError:
    show(traceback.format_exc())
