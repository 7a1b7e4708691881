# How the interpreter prints an exception group (sys.excepthook, the C printer): inside the
# boxes the margin goes before the first line of a multi-line message but not the later ones,
# and not before a SyntaxError's source line and markers; notes get it on every line (a
# SyntaxError's notes are printed too).
import sys


class E(Exception):
    def __str__(self):
        return "first\n  second"


def hook(exc):
    sys.stderr = sys.stdout
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = sys.__stderr__
    print("-" * 20)


try:
    compile("x = (1 +\n", "<s>", "exec")
except SyntaxError as e:
    s1 = e.with_traceback(None)
try:
    compile("a b", "<t>", "exec")
except SyntaxError as e:
    s2 = e.with_traceback(None)
s2.add_note("a note\nover two lines")
e = E()
e.add_note("n1")
for exc in [ExceptionGroup("multi\nline message", [E(), ValueError("")]),
            ExceptionGroup("syntax", [s1, s2]),
            ExceptionGroup("outer", [ExceptionGroup("in\nner", [e])]),
            s2]:
    hook(exc)
