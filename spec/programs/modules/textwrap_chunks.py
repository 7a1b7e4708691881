# textwrap: the API (attributes, hooks a subclass overrides, errors, dedent/indent/shorten edge
# cases), then seeded random texts wrapped with random option sets, and chunking of
# hyphen-heavy words (hyphens, em-dashes, digits, non-ASCII letters and punctuation).
import textwrap
def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, repr(r))
print(textwrap.__all__)
print(textwrap.TextWrapper.unicode_whitespace_trans)
w = textwrap.TextWrapper()
print(list(vars(w).items()))
w = textwrap.TextWrapper(5, '>', '.', False, False, True, False, False, False, 3, max_lines=2, placeholder='~')
print(list(vars(w).items()))
run('pos max_lines', lambda: textwrap.TextWrapper(5, '>', '.', False, False, True, False, False, False, 3, 4))
run('bad kw', lambda: textwrap.TextWrapper(foo=1))
run('shorten max_lines', lambda: textwrap.shorten('a b c', 3, max_lines=2))
run('wrap width kw', lambda: textwrap.wrap('a b c', width=3))
run('wrap width both', lambda: textwrap.wrap('a b c', 3, width=3))
run('width float', lambda: textwrap.wrap('abc def ghi', 4.0))
run('width float long', lambda: textwrap.wrap('abcdefghi', 4.5))
run('width str', lambda: textwrap.wrap('abc', '4'))
run('width 0', lambda: textwrap.wrap('abc', 0))
run('width -3.5', lambda: textwrap.fill('abc', -3.5))
run('wrap empty', lambda: textwrap.wrap(''))
run('fill empty', lambda: textwrap.fill(''))
run('wrap None', lambda: textwrap.wrap(None))
run('wrap bytes', lambda: textwrap.wrap(b'abc def'))
run('dedent None', lambda: textwrap.dedent(None))
run('dedent bytes', lambda: textwrap.dedent(b'  x'))
run('indent None', lambda: textwrap.indent(None, '>'))
run('indent prefix int', lambda: textwrap.indent('a\nb', 3))
run('indent calls', lambda: (lambda seen: (textwrap.indent('a\n\n  \nb\r\nc\x0bd\u2028e', '#', lambda l: seen.append(l) or len(l) % 2), seen))([]))
run('indent default', lambda: textwrap.indent('a\n \n\u3000\n\x1c\nb', '> '))
run('shorten', lambda: textwrap.shorten('Hello  world!\u3000 x\xa0y', 12))
run('shorten ph', lambda: textwrap.shorten('Hello world foo', 11, placeholder='...'))
run('shorten big ph', lambda: textwrap.shorten('Hello world foo', 5, placeholder='[.....]'))
run('shorten indent', lambda: textwrap.shorten('Hello world foo bar', 14, initial_indent='>>'))
run('max_lines big ph', lambda: textwrap.wrap('a b c d e f', 3, max_lines=2, placeholder='   xyz'))
run('max_lines 0', lambda: textwrap.wrap('a b c d e f', 3, max_lines=0))
run('max_lines -1', lambda: textwrap.wrap('a b c d e f', 3, max_lines=-1))
run('fill max', lambda: textwrap.fill('one two three four five six seven', 10, max_lines=2))
run('sentence', lambda: textwrap.wrap('Hi there. Yes!  No? "Quoted." \'x.\' A. b. 1. End.', 80, fix_sentence_endings=True))
class W(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
    def _handle_long_word(self, chunks, line, size, width):
        line.append(chunks.pop()[:width] + '|')
run('subclass', lambda: W(width=6).wrap('hello wonderful-world x'))
tw = textwrap.TextWrapper(width=10)
run('_split', lambda: tw._split('a-b  cc--dd ee-ff\tgg'))
run('_split_chunks', lambda: tw._split_chunks('a\tb  cc'))
run('_munge', lambda: tw._munge_whitespace('a\tb\nc\x0bd\re\x0cf'))
ch = ['Yes.', ' ', 'ok', ' ', 'No!', ' ', 'x']
tw._fix_sentence_endings(ch); print(ch)
run('_wrap_chunks', lambda: tw._wrap_chunks(['aaaa', ' ', 'bbbbbbbbbbbbbbbbbbbb', ' ', 'c']))
rc = ['xyz', 'abcdefgh-ijklmnop']
line = ['12']
tw._handle_long_word(rc, line, 2, 10); print(rc, line)
rc = ['xyz', '---abcdefgh']
line = []
tw._handle_long_word(rc, line, 0, 5); print(rc, line)
rc = ['--a-b']; line = []
tw._handle_long_word(rc, line, 0, 3); print(rc, line)
tw.break_long_words = False
rc = ['xyz', 'abcdefghijklmnop']; line = []
tw._handle_long_word(rc, line, 0, 5); print(rc, line)
rc = ['xyz', 'abcdefghijklmnop']; line = ['q']
tw._handle_long_word(rc, line, 1, 5); print(rc, line)
print(repr(textwrap.dedent('  \t x\n  \t\n  \t y\n')), repr(textwrap.dedent('\t\tx\n    y')), repr(textwrap.dedent(' a\r\n b\r\n')))
print(repr(textwrap.dedent('  a\n \u3000b\n')), repr(textwrap.dedent('   \n  a\n    \n   b')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('  x\n  \r\n  y')), repr(textwrap.dedent('\n\n  x\n\n')))
print(textwrap.wrap('a' * 30, 7), textwrap.wrap('ab-cd-ef-gh-ij', 4), textwrap.wrap('abc---def', 4))
print(textwrap.fill('word ' * 20, 23, initial_indent='  ', subsequent_indent='    '))

state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
alphabet = ['a', 'b', 'Z', 'é', '1', '9', '_', '-', '-', '-', ' ', ' ', '\t', '\n', '.', '!', '?', '"', "'", ',', '&', '(', ')', '\xa0', '\u2003', '\x0b', '\r', '٣', 'x', 'y']
def text(n):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(n))
count = 0
for i in range(400):
    t = text(5 + rnd(60))
    w = 1 + rnd(25)
    opts = {}
    if rnd(2): opts['break_on_hyphens'] = False
    if rnd(3) == 0: opts['break_long_words'] = False
    if rnd(3) == 0: opts['drop_whitespace'] = False
    if rnd(3) == 0: opts['replace_whitespace'] = False
    if rnd(4) == 0: opts['expand_tabs'] = False
    if rnd(4) == 0: opts['fix_sentence_endings'] = True
    if rnd(3) == 0: opts['initial_indent'] = '*' * rnd(w)
    if rnd(3) == 0: opts['subsequent_indent'] = '+' * rnd(w)
    if rnd(3) == 0: opts['max_lines'] = 1 + rnd(4)
    if rnd(4) == 0: opts['placeholder'] = ['', '..', ' [more]', '  ~'][rnd(4)]
    if rnd(5) == 0: opts['tabsize'] = rnd(5)
    try:
        r = textwrap.wrap(t, w, **opts)
    except ValueError as e:
        r = 'ValueError: %s' % e
    print(repr(t), w, sorted(opts.items()), r)
    tw = textwrap.TextWrapper(**opts)
    print(' split', tw._split(tw._munge_whitespace(t)))
for i in range(150):
    t = text(rnd(50))
    try:
        s = textwrap.shorten(t, 1 + rnd(30), placeholder=['...', ' [...]', ''][rnd(3)])
    except ValueError as e:
        s = 'ValueError: %s' % e
    print(repr(t), repr(s), repr(textwrap.dedent(t)), repr(textwrap.indent(t, '> ')))
    lines = ['    ' * rnd(3) + '\t' * rnd(2) + ' ' * rnd(3) + text(rnd(8)) for _ in range(rnd(6))]
    t = '\n'.join(lines)
    print(repr(textwrap.dedent(t)))

state = [777]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
alphabet = 'ab-c-d--1_.!?"\'&,()-é٣Ⅻ -'
tw = textwrap.TextWrapper()
for i in range(1000):
    t = ''.join(alphabet[rnd(len(alphabet))] for _ in range(1 + rnd(12)))
    print(repr(t), tw._split(t))
