"""Extract, format and print stack traces and exceptions (Dyad's traceback module).

Frames come from traceback objects and frame objects; source lines come from linecache. The
runtime supplies, through `_dyad_traceback`, what only it knows: the source span a traceback
entry failed on and the `~~^~~` marker line drawn under a source line for such a span. (As in
CPython 3.11, "Did you mean" hints are the interpreter's own report's, not this module's.)
"""

import sys
import linecache
import _dyad_traceback as _rt

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


class _Implicit:
    """Default of the legacy (type, value, tb) arguments: 'not passed'."""

    def __repr__(self):
        return "<implicit>"


_IMPLICIT = _Implicit()

# More than this many consecutive identical frames are summarised in one line.
_REPEAT_SHOWN = 3

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")


def _str_or_placeholder(obj, what, convert=str):
    """convert(obj), or a placeholder naming `what` when that raises."""
    try:
        return convert(obj)
    except Exception:
        return "<%s %s() failed>" % (what, convert.__name__)


def _output(file):
    return sys.stderr if file is None else file


def _write_all(pieces, file):
    out = _output(file)
    for piece in pieces:
        print(piece, file=out, end="")


# ---------------------------------------------------------------------------------------
# Walking frames


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from frame f outwards along f_back.

    With f None the walk starts four frames above this generator's own frame (the frame that
    called extract_stack() when reached through it).
    """
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_with_spans(tb):
    """[(frame, (lineno, end_lineno, colno, end_colno))] for the entries of traceback tb."""
    entries = []
    positions = _rt.tb_positions
    while tb is not None:
        span = positions(tb)
        if span is None:
            entries.append((tb.tb_frame, (tb.tb_lineno, None, None, None)))
        else:
            entries.append((tb.tb_frame, (tb.tb_lineno, span[1], span[2], span[3])))
        tb = tb.tb_next
    return entries


def clear_frames(tb):
    """Clear the local variables of every frame a traceback refers to."""
    for frame, _ in walk_tb(tb):
        clear = getattr(frame, "clear", None)
        if clear is None:
            continue
        try:
            clear()
        except RuntimeError:
            pass  # a frame still executing cannot be cleared


# ---------------------------------------------------------------------------------------
# FrameSummary / StackSummary


class FrameSummary:
    """The information traceback formatting keeps about one frame."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        self.locals = None
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        if lookup_line:
            self._fetch()

    def _fetch(self):
        # The unstripped source line (looked up once), or None without a line number.
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def _original_line(self):
        return self._fetch()

    @property
    def line(self):
        raw = self._fetch()
        return None if raw is None else raw.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _apply_limit(items, limit):
    """The (frame, position) pairs `limit` keeps: the first `limit`, or the last -limit when
    negative; None means sys.tracebacklimit (a negative tracebacklimit keeps none)."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    kept = []
    if limit >= 0:
        if limit == 0:
            return kept
        for item in items:
            kept.append(item)
            if len(kept) >= limit:
                break
        return kept
    kept = list(items)
    return kept[len(kept) + limit:] if len(kept) > -limit else kept


class StackSummary(list):
    """A list of FrameSummary objects that can format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build a StackSummary from (frame, lineno) pairs such as walk_stack/walk_tb give."""
        spans = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._from_spans(spans, limit, lookup_lines, capture_locals)

    @classmethod
    def _from_spans(klass, pairs, limit=None, lookup_lines=True, capture_locals=False):
        summary = klass()
        files = {}
        for frame, (lineno, end_lineno, colno, end_colno) in _apply_limit(pairs, limit):
            code = frame.f_code
            filename = code.co_filename
            if filename not in files:
                files[filename] = None
                linecache.lazycache(filename, frame.f_globals)
            summary.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            # Each file's lines fetched once (what getline() would answer per frame).
            for filename in files:
                files[filename] = linecache.getlines(filename)
            for entry in summary:
                lines = files[entry.filename]
                number = entry.lineno
                if number is not None:
                    entry._line = lines[number - 1] if 1 <= number <= len(lines) else ""
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text for one frame: its File line, source line, markers and locals."""
        fs = frame_summary
        text = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        source = fs.line
        if source:
            text += f"    {source}\n"
            if None not in (fs.colno, fs.end_colno):
                raw = fs._original_line
                if raw.endswith("\n"):
                    raw = raw[:-1]
                end_line = fs.end_lineno if fs.end_lineno is not None else fs.lineno
                text += _rt.markers(raw, fs.lineno, end_line, fs.colno, fs.end_colno)
        if fs.locals:
            for key in sorted(fs.locals):
                text += f"    {key} = {fs.locals[key]}\n"
        return text

    def format(self):
        """One string per frame (runs of more than three identical frames summarised)."""
        out = []
        previous = None
        run = 0

        def note_repeats():
            extra = run - _REPEAT_SHOWN
            if extra > 0:
                out.append("  [Previous line repeated %d more time%s]\n"
                           % (extra, "s" if extra > 1 else ""))

        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if previous is not None and None not in key and key == previous:
                run += 1
            else:
                note_repeats()
                previous = key
                run = 1
            if run > _REPEAT_SHOWN:
                continue
            text = self.format_frame_summary(fs)
            if text is not None:
                out.append(text)
        note_repeats()
        return out


# ---------------------------------------------------------------------------------------
# Module-level helpers over stacks and tracebacks


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback tb (outermost first)."""
    return StackSummary._from_spans(_tb_with_spans(tb), limit)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller's) down to the
    outermost frame, outermost first; `limit` counts from f outwards."""
    start = sys._getframe().f_back if f is None else f
    summary = StackSummary.extract(walk_stack(start), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write_all(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    start = sys._getframe().f_back if f is None else f
    return format_list(extract_stack(start, limit=limit))


def print_stack(f=None, limit=None, file=None):
    start = sys._getframe().f_back if f is None else f
    print_list(extract_stack(start, limit=limit), file=file)


def _exception_and_tb(exc, value, tb):
    """The (value, traceback) the exception functions work on, from either calling
    convention: f(exc) or the legacy f(type, value, tb)."""
    if (value is _IMPLICIT) != (tb is _IMPLICIT):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _IMPLICIT:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


def format_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception() would print."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, file=None, chain=True):
    """Print an exception with its traceback and chained exceptions to file (stderr)."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_IMPLICIT):
    """The final `Type: message` line(s) of an exception report, without the traceback."""
    if value is _IMPLICIT:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    """print_exc() as a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (as sys.exc_info() reports it)."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type / last_value / last_traceback)."""
    kind = getattr(sys, "last_type", _IMPLICIT)
    if kind is _IMPLICIT:
        raise ValueError("no last exception")
    print_exception(kind, sys.last_value, sys.last_traceback, limit=limit, file=file,
                    chain=chain)


# ---------------------------------------------------------------------------------------
# TracebackException


class _GroupLayout:
    """Nesting state while an exception group is drawn: every line inside a group gets a
    margin of two spaces per level and a '|' (or '+' on a group's traceback header)."""

    def __init__(self):
        self.depth = 0
        self.close_pending = False

    def prefix(self):
        return " " * (2 * self.depth)

    def put(self, out, texts, mark="|"):
        """Append texts (a str or an iterable of them) to the list out, with the margin."""
        if isinstance(texts, str):
            texts = (texts,)
        if self.depth == 0:
            out.extend(texts)
            return
        margin = self.prefix() + mark + " "
        for text in texts:
            out.append("".join([margin + part for part in text.splitlines(True)]))


def _is_sequence(obj):
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


class TracebackException:
    """An exception captured for later rendering: its type, str(), notes, a StackSummary of
    its traceback and, as TracebackExceptions too, its cause, context and group members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top = _seen is None
        seen = set() if top else _seen
        seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._from_spans(_tb_with_spans(exc_traceback), limit,
                                              lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _str_or_placeholder(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._take_syntax_details(exc_value)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        if top:
            options = dict(limit=limit, lookup_lines=lookup_lines,
                           capture_locals=capture_locals, max_group_width=max_group_width,
                           max_group_depth=max_group_depth)
            self._link_related(exc_value, compact, options, seen)

    def _take_syntax_details(self, exc_value):
        self.filename = exc_value.filename
        self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
        self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
        for attr in ("text", "offset", "end_offset", "msg"):
            setattr(self, attr, getattr(exc_value, attr))

    def _link_related(self, exc_value, compact, options, seen):
        # Wrap the causes, contexts and group members reachable from exc_value, each
        # exception at most once (`seen` holds ids); most recently found first.
        def wrap(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, _seen=seen, **options)

        todo = [(self, exc_value)]
        while todo:
            node, exc = todo.pop()
            cause = context = members = None
            if exc is not None:
                if exc.__cause__ is not None and id(exc.__cause__) not in seen:
                    cause = wrap(exc.__cause__)
                wants_context = not compact or (cause is None and not exc.__suppress_context__)
                if (wants_context and exc.__context__ is not None
                        and id(exc.__context__) not in seen):
                    context = wrap(exc.__context__)
                if isinstance(exc, BaseExceptionGroup):
                    members = [wrap(member) for member in exc.exceptions]
            node.__cause__ = cause
            node.__context__ = context
            node.exceptions = members
            if cause is not None:
                todo.append((cause, exc.__cause__))
            if context is not None:
                todo.append((context, exc.__context__))
            if members:
                todo.extend(zip(members, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc and its own __traceback__."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None

    def __str__(self):
        return self._str

    def _type_label(self):
        kind = self.exc_type
        module = kind.__module__
        if module in ("__main__", "builtins"):
            return kind.__qualname__
        if not isinstance(module, str):
            module = "<unknown>"
        return f"{module}.{kind.__qualname__}"

    def format_exception_only(self):
        """The `Type: message` line (a SyntaxError's location lines first), then notes."""
        if self.exc_type is None:
            yield _last_line(None, self._str)
            return
        label = self._type_label()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(label)
        else:
            yield _last_line(label, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if _is_sequence(notes):
            for note in notes:
                for part in _str_or_placeholder(note, "note").split("\n"):
                    yield part + "\n"
        else:
            yield _str_or_placeholder(notes, "__notes__", repr)

    def _format_syntax_error(self, label):
        where = ""
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f" ({self.filename})"
        if self.text is not None:
            yield from _syntax_source_lines(self.text, self.offset, self.end_offset)
        yield f"{label}: {self.msg or '<no detail available>'}{where}\n"

    def format(self, *, chain=True, _ctx=None):
        """The report's text: strings that end in newlines, as print_exception prints."""
        out = []
        self._render(out, _GroupLayout() if _ctx is None else _ctx, chain)
        yield from out

    def _render(self, out, layout, chain):
        sequence = [(None, self)]
        if chain:
            current = self
            while True:
                if current.__cause__ is not None:
                    header, current = _CAUSE_HEADER, current.__cause__
                elif current.__context__ is not None and not current.__suppress_context__:
                    header, current = _CONTEXT_HEADER, current.__context__
                else:
                    break
                sequence.append((header, current))
        # Oldest first; each header goes between an exception and the one it led to.
        for index in range(len(sequence) - 1, -1, -1):
            sequence[index][1]._render_single(out, layout, chain)
            if index > 0:
                layout.put(out, sequence[index][0])

    def _render_single(self, out, layout, chain):
        if self.exceptions is None:
            if self.stack:
                layout.put(out, "Traceback (most recent call last):\n")
                layout.put(out, self.stack.format())
            layout.put(out, self.format_exception_only())
            return
        if layout.depth > self.max_group_depth:
            layout.put(out, f"... (max_group_depth is {self.max_group_depth})\n")
            return
        outermost = layout.depth == 0
        if outermost:
            layout.depth = 1
        if self.stack:
            layout.put(out, "Exception Group Traceback (most recent call last):\n",
                       "+" if outermost else "|")
            layout.put(out, self.stack.format())
        layout.put(out, self.format_exception_only())
        self._render_members(out, layout, chain)
        if outermost:
            layout.depth = 0

    def _render_members(self, out, layout, chain):
        width = self.max_group_width
        total = len(self.exceptions)
        shown = total if total <= width else width + 1
        layout.close_pending = False
        for i in range(shown):
            is_last = i == shown - 1
            if is_last:
                layout.close_pending = True
            elided = width is not None and i >= width
            title = "..." if elided else str(i + 1)
            corner = "+-" if i == 0 else "  "
            out.append(f"{layout.prefix()}{corner}+---------------- {title} ----------------\n")
            layout.depth += 1
            if elided:
                rest = total - width
                layout.put(out, f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                self.exceptions[i]._render(out, layout, chain)
            if is_last and layout.close_pending:
                out.append(layout.prefix() + "+" + "-" * 36 + "\n")
                layout.close_pending = False
            layout.depth -= 1

    def print(self, *, file=None, chain=True):
        """Write format(chain=chain) to file (default sys.stderr)."""
        _write_all(self.format(chain=chain), file)


def _last_line(label, value):
    text = _str_or_placeholder(value, "exception")
    if value is None or not text:
        return f"{label}\n"
    return f"{label}: {text}\n"


def _syntax_source_lines(text, offset, end_offset):
    """The offending source line of a SyntaxError (indentation dropped) and, when the
    offset falls inside it, a caret line under offset..end_offset (1-based columns)."""
    line = text.rstrip("\n")
    shown = line.lstrip(" \n\f")
    yield f"    {shown}\n"
    if offset is None:
        return
    dropped = len(line) - len(shown)
    if end_offset is None or end_offset == 0:
        end_offset = offset
    if end_offset == offset or end_offset == -1:
        end_offset = offset + 1
    first = offset - 1 - dropped
    if first < 0:
        return
    last = end_offset - 1 - dropped
    pad = "".join(ch if ch.isspace() else " " for ch in shown[:first])
    yield f"    {pad}{'^' * (last - first)}\n"
