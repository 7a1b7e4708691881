"""json.scanner: make_scanner(decoder) returns the decoder's scan_once(string, idx) function
(a value and the index after it, or StopIteration(idx) when no JSON value starts there)."""

from .decoder import _make_scanner

__all__ = ['make_scanner']

make_scanner = py_make_scanner = _make_scanner
