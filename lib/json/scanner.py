"""json.scanner: make_scanner(decoder) returns the decoder's scan_once(string, idx) function
(a value and the index after it, or StopIteration(idx) when no JSON value starts there)."""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']


def py_make_scanner(context):
    from .decoder import _make_scanner
    return _make_scanner(context)


make_scanner = c_make_scanner or py_make_scanner
