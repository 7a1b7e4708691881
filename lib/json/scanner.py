"""json.scanner for Dyad: make_scanner(decoder) gives the decoder's scan_once(text, index).

scan_once returns (value, end index) for the JSON value starting at text[index], or raises
StopIteration(index) when none starts there. The native _json.Scanner does the work when it
is importable; py_make_scanner builds the pure-Python reader kept in json.decoder.
"""

__all__ = ['make_scanner']


def py_make_scanner(context):
    # json.decoder imports this module, so its reader is looked up only when asked for
    from json import decoder
    return decoder._make_scanner(context)


def _native_scanner():
    try:
        import _json
    except ImportError:
        return None
    return getattr(_json, 'make_scanner', None)


c_make_scanner = _native_scanner()
make_scanner = py_make_scanner if c_make_scanner is None else c_make_scanner


def __getattr__(name):
    # NUMBER_RE (the JSON number grammar as a regular expression) is compiled on first use so
    # that importing json does not import re
    if name == 'NUMBER_RE':
        import re
        flags = re.VERBOSE | re.MULTILINE | re.DOTALL
        pattern = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', flags)
        globals()['NUMBER_RE'] = pattern
        return pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
