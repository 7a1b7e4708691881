# How a SyntaxError's carets are printed: the interpreter's own printer (an uncaught error,
# sys.excepthook) puts one caret under an IndentationError or TabError whatever its end
# offset; the traceback module marks offset..end_offset for every kind.
import sys
import traceback

sys.stderr = sys.stdout

sources = [
    "for i in range(3):\nprint(i)\n",
    "def f():\n    x = 1\n      y = 2\n",
    "if True:\n    x = 1\n  y = 2\n",
    "while x:\npass\n",
    "x = (1 +\n",
    "print(1 2 3)\n",
]
for src in sources:
    try:
        compile(src, "<probe>", "exec")
    except SyntaxError as e:
        e.with_traceback(None)  # (no frame lines: they would name this file's path)
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset)
        sys.excepthook(type(e), e, None)
        traceback.print_exception(e)
        print("".join(traceback.format_exception_only(e)), end="")

for cls in (SyntaxError, IndentationError, TabError):
    for args in [("f", 2, 1, "print(i)\n", 2, 6), ("f", 2, 3, "    print(i)\n", 2, 9), ("f", 2, 2, "print(i)\n", 2, 3)]:
        e = cls("msg", args)
        sys.excepthook(cls, e, None)
        traceback.print_exception(e)
