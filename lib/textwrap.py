"""Paragraph wrapping for Dyad: wrap, fill, shorten, dedent, indent and the TextWrapper class.

The text is first cut into chunks: runs of the six ASCII blanks, and the words between them,
which with break_on_hyphens are cut further after hyphens inside words and around em-dashes
(the chunks CPython 3.11's textwrap makes). Chunks are then packed greedily into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_BLANKS = '\t\n\x0b\x0c\r '
# every blank becomes ' ', so that str.split(' ') finds the blank runs of the original text
_BLANKS_AS_SPACE = str.maketrans(_BLANKS, ' ' * len(_BLANKS))


# --- character classes (those of the re module: \w, a \w that is not \d, and \w plus a few
# punctuation marks that may precede an em-dash)

def _wordchar(c):
    return c.isalnum() or c == '_'


def _letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _may_precede_dash(c):
    return c.isalnum() or c in '_!"\'&.,?'


# --- cutting text into chunks --------------------------------------------------------------

def _blank_and_word_runs(text):
    """text cut into maximal runs of blanks and of non-blanks, in order."""
    runs = []
    pos = 0
    blanks_from = 0
    for n, word in enumerate(text.translate(_BLANKS_AS_SPACE).split(' ')):
        if n:
            pos += 1  # the blank the split consumed
        if word:
            if blanks_from < pos:
                runs.append(text[blanks_from:pos])
            blanks_from = pos + len(word)
            runs.append(text[pos:blanks_from])
            pos = blanks_from
    if blanks_from < pos:
        runs.append(text[blanks_from:pos])
    return runs


def _em_dash_end(word, i):
    """The index after the hyphens starting at word[i] when there are two or more of them and a
    word character follows; else 0."""
    rest = word[i:]
    count = len(rest) - len(rest.lstrip('-'))
    if count >= 2 and count < len(rest) and _wordchar(rest[count]):
        return i + count
    return 0


def _hyphen_splits(word, at):
    """Whether the hyphen word[at] ends a piece: two letters (or letter, hyphen, letter) before
    it, and a letter then a letter (or hyphen and letter) after it."""
    if at < 2 or not _letter(word[at - 1]):
        return False
    behind = word[at - 2]
    if not (_letter(behind) or (behind == '-' and at >= 3 and _letter(word[at - 3]))):
        return False
    tail = word[at + 1:at + 4]
    if len(tail) < 2 or not _letter(tail[0]):
        return False
    return _letter(tail[1]) or (tail[1] == '-' and len(tail) == 3 and _letter(tail[2]))


def _cut_word(word):
    """A word without blanks cut after its breaking hyphens and around its em-dashes."""
    if '-' not in word:
        return [word]
    size = len(word)
    pieces = []
    start = 0
    while start < size:
        if start and word[start] == '-' and _may_precede_dash(word[start - 1]):
            stop = _em_dash_end(word, start)
            if stop:
                pieces.append(word[start:stop])
                start = stop
                continue
        stop = start + 1
        while True:
            stop = word.find('-', stop)
            if stop < 0:
                stop = size
                break
            if _hyphen_splits(word, stop):
                stop += 1
                break
            if _may_precede_dash(word[stop - 1]) and _em_dash_end(word, stop):
                break
            stop += 1
        pieces.append(word[start:stop])
        start = stop
    return pieces


def _sentence_end(chunk):
    # a lowercase ASCII letter, then '.', '!' or '?', then maybe one closing quote
    tail = chunk[-3:]
    if tail[-1:] in ('"', "'"):
        tail = tail[:-1]
    return len(tail) >= 2 and tail[-1] in '.!?' and 'a' <= tail[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs; every constructor argument is kept as the attribute of that name."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _BLANKS), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        # instance attributes in signature order (as vars() shows them)
        self.width, self.initial_indent, self.subsequent_indent = (
            width, initial_indent, subsequent_indent)
        self.expand_tabs, self.replace_whitespace, self.fix_sentence_endings = (
            expand_tabs, replace_whitespace, fix_sentence_endings)
        self.break_long_words, self.drop_whitespace, self.break_on_hyphens = (
            break_long_words, drop_whitespace, break_on_hyphens)
        self.tabsize, self.max_lines, self.placeholder = tabsize, max_lines, placeholder

    # The underscore methods below are the hooks subclasses of CPython's TextWrapper override;
    # they keep those names, arguments and duties.

    def _munge_whitespace(self, text):
        """text with tabs expanded and blanks made spaces, as the options ask."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The chunks of text (no empty ones)."""
        runs = _blank_and_word_runs(text)
        if not self.break_on_hyphens:
            return runs
        chunks = []
        for run in runs:
            if run[0] in _BLANKS:
                chunks.append(run)
            else:
                chunks += _cut_word(run)
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after each sentence end two spaces (chunks changed in place)."""
        for i in range(1, len(chunks)):
            if chunks[i] == ' ' and _sentence_end(chunks[i - 1]):
                chunks[i] = '  '

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Called when the next chunk (reversed_chunks[-1]) is longer than a whole line."""
        if not self.break_long_words:
            # an overlong chunk stands alone on a line of its own
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = 1 if width < 1 else width - cur_len
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """The lines made of chunks (indents included, no newlines)."""
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (width,))
        limit = self.max_lines
        if limit is not None:
            last_indent = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        todo = chunks[::-1]  # the next chunk is todo[-1]
        lines = []
        while todo:
            lead = self.subsequent_indent if lines else self.initial_indent
            room = width - len(lead)
            if drop and lines and not todo[-1].strip():
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                line.append(todo.pop())
                used += len(line[-1])
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(map(len, line))
            if drop and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            nothing_left = not todo or (drop and len(todo) == 1 and not todo[0].strip())
            if limit is None or len(lines) + 1 < limit or (nothing_left and used <= room):
                lines.append(lead + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, lead)
            break
        return lines

    def _end_with_placeholder(self, lines, line, used, room, lead):
        # the line that reaches max_lines: drop chunks from its end until the placeholder fits
        # after a non-blank one; failing that, append it to the previous line or set it alone
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(lead + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(lead + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped paragraph text, without line ends."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph text as one string of newline-separated lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (keyword arguments as for TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string (keyword arguments as for TextWrapper)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit in width with the placeholder at the end."""
    single = TextWrapper(width=width, max_lines=1, **kwargs)
    return single.fill(' '.join(text.strip().split()))


def _reject_non_str(text):
    if isinstance(text, str):
        return
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")


def dedent(text):
    """text without the spaces and tabs that begin all of its non-blank lines; lines made only
    of spaces and tabs become empty."""
    _reject_non_str(text)
    lines = text.split('\n')
    margins = []
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if body:
            margins.append(line[:len(line) - len(body)])
        elif line:
            lines[i] = ''
    if margins:
        # the longest common prefix of all margins is that of the least and greatest one
        low, high = min(margins), max(margins)
        common = 0
        while common < len(low) and low[common] == high[common]:
            common += 1
        if common:
            lines = [line[common:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix put before each line for which predicate(line) is true (by default,
    lines that are not only whitespace)."""
    if predicate is None:
        return ''.join([prefix + line if line.strip() else line
                        for line in text.splitlines(True)])
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
