# Shared by the traceback specs of this folder (not a program: it has no .out). Output goes
# through a writer that prints the running script's path (it is in every traceback line) as
# FILE, so the expected output does not depend on where the corpus is checked out.
import sys
import __main__


class Scrub:
    def __init__(self, out):
        self.out = out

    def write(self, s):
        return self.out.write(s.replace(__main__.__file__, "FILE"))

    def flush(self):
        self.out.flush()


def scrub_stdout(also_stderr=False):
    sys.stdout = Scrub(sys.stdout)
    if also_stderr:
        sys.stderr = sys.stdout


def show(title, lines):
    """A title, then `lines` (a str as it is; else their count and their text)."""
    print("==", title)
    if isinstance(lines, str):
        print(lines, end="")
    else:
        lines = list(lines)
        print(len(lines))
        print("".join(lines), end="")
