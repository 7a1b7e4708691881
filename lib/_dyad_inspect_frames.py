"""The interpreter-stack part of inspect for Dyad: getframeinfo, getouterframes,
getinnerframes, stack and trace, with their Traceback and FrameInfo records.

The records are the named tuples CPython 3.11 uses, plus a `positions` attribute outside the
tuple. A traceback entry knows the span that failed; a live frame only its line, so its
positions carry the line and None for the rest."""

import sys
import types as _types
import collections as _collections
import _dyad_traceback as _rt
from _dyad_inspect_source import getfile, getsourcefile, findsource

Positions = _collections.namedtuple('Positions',
                                    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                    defaults=[None] * 4)

_TracebackBase = _collections.namedtuple('_Traceback',
                                         'filename lineno function code_context index')


class Traceback(_TracebackBase):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.filename, self.lineno, self.function,
                                                     self.code_context, self.index,
                                                     self.positions))


_FrameInfoBase = _collections.namedtuple('_FrameInfo', ('frame',) + _TracebackBase._fields)


class FrameInfo(_FrameInfoBase):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


def _span(obj):
    """(frame, lineno, end_lineno, colno, end_colno) of a frame or a traceback entry."""
    if isinstance(obj, _types.TracebackType):
        span = _rt.tb_positions(obj)
        if span is None or span[0] is None:
            return obj.tb_frame, obj.tb_lineno, None, None, None
        return (obj.tb_frame,) + tuple(span)
    lineno = obj.f_lineno
    if not isinstance(obj, _types.FrameType):
        raise TypeError('{!r} is not a frame or traceback object'.format(obj))
    return obj, lineno, None, None, None


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback entry, with `context` lines of source."""
    frame, *span = _span(frame)
    lineno = span[0]
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            all_lines, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(lineno - 1 - context // 2, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(*span))


def _frame_info(frame, obj, context):
    info = getframeinfo(obj, context)
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records from frame outwards along f_back."""
    records = []
    while frame is not None:
        records.append(_frame_info(frame, frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records from traceback entry tb inwards along tb_next."""
    records = []
    while tb is not None:
        records.append(_frame_info(tb.tb_frame, tb, context))
        tb = tb.tb_next
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and every frame above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the current frame and where the handled exception was raised."""
    return getinnerframes(sys.exc_info()[2], context)


def getlineno(frame):
    return frame.f_lineno
