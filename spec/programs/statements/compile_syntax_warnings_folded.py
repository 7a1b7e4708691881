# The compiler's SyntaxWarnings look at the AST after CPython 3.11's constant folding: an
# operation on constants (or a constant subscripted by a constant) is itself a constant when
# evaluating it succeeds and the result stays within the optimizer's limits (ints of at most
# 128 bits from *, ** and <<, str/bytes repetition up to 4096 items, tuples up to 256; a str
# or bytes % is never folded). So `(1 + 1)[0]` and `(10**20)[0]` warn, `(2**70)[0]` and
# `('a' * 5000)[None]` do not, and `2**70 is x` gives no "is" warning.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def warnings_of(src):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        compile(src, "<case>", "exec")
    finally:
        sys.stderr = old
    return "".join(cap.parts)


cases = [
    '(10**20)[0]',
    '(2**70)[0]',
    '(1+1)[0]',
    '(True+1)[0]',
    '(True&False)[0]',
    '(1/0)[0]',
    '(1/2)[0]',
    '(7//2)[0]',
    '(2**-1)[0]',
    '(1<<3)[0]',
    '(1<<200)[0]',
    '(1<<-1)[0]',
    "('a'+'b')[None]",
    "('a'*3)[None]",
    "('a'*5000)[None]",
    "(b'a'*3)[None]",
    '((1,)+(2,))[None]',
    '((1,)*3)[None]',
    '((1,)*300)[None]',
    "('a%s' % 'b')[None]",
    '(1.5*2)[0]',
    '(1j*2)[0]',
    '(1j//2)[0]',
    '(3 % 0)[0]',
    '(1.0 ** 2000)[0]',
    '(10.0 ** 400)[0]',
    '(2 @ 3)[0]',
    "('a' + 1)[0]",
    '(3 & 1.0)[0]',
    '(None + 1)[0]',
    '(1+1) is x',
    '(True+1) is x',
    '(True&True) is x',
    '(2**70) is x',
    '(10**20) is x',
    '((1,)+(2,)) is x',
    '(1+1)(0)',
    "('a'+'b')(0)",
    '((1,)+(2,))(0)',
    '(1, 2)[0](5)',
    "'abc'[0](1)",
    '(1,2)[0] is x',
    '(-(1+1))[0]',
    '(not (1+1))[0]',
    '(~(2**70))[0]',
    '(-(2**70))[0]',
    '((1,2)+(3,))[1:] is x',
    '[1,2][(1+1.0)]',
    "[1,2][('a'+'b')]",
    "'ab'[(1, 2)+(3,)]",
    '(1, 2)[1.0 * 2]',
    '(2**128)[0]',
    '(2**127)[0]',
    '(3**80)[0]',
    '(4**64)[0]',
    '(4**65)[0]',
    '(2**64 * 2**64)[0]',
    '(2**64 * 2**65)[0]',
    '(1<<127)[0]',
    '(1<<128)[0]',
    '(3<<127)[0]',
    '(-2**3)[0]',
    '((-2)**3)[0]',
    '(0**-1)[0]',
    '(2**0.5)[0]',
    '((-8)**0.5)[0]',
    "('ab'*0)[None]",
    "('a'*-1)[None]",
    "(b'x'*4096)[None]",
    "(b'x'*4097)[None]",
    '((1,2)*128)[None]',
    '((1,2)*129)[None]',
    '(frozenset()|frozenset())[0]',
]
for case in cases:
    text = warnings_of("x = None\ny = " + case + "\n")
    print(case, "|", text.split("SyntaxWarning: ")[1].strip() if text else "-")
