"""Shell-style wildcard matching of file names (Dyad's fnmatch, behaving as CPython 3.11's).

A pattern becomes a regular expression: '*' any run of characters, '?' one character, '[...]'
a set ('[!...]' its complement). translate() gives CPython's exact expression: runs of stars
fold into one, every star but the last is an atomic lazy group (?>.*?...), so matching never
backtracks catastrophically, and set ranges that are empty are dropped.
"""

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}
_STAR = object()


def fnmatch(name, pat):
    """Does name match pat? Both are normalised with os.path.normcase first."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Does name match pat, comparing case as written?"""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The members of names that match pat."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    return [name for name in names if match(os.path.normcase(name)) is not None]


def _matcher(pat):
    key = (type(pat), pat)
    found = _compiled.get(key)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            found = re.compile(text.encode('ISO-8859-1')).match
        else:
            found = re.compile(translate(pat)).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = found
    return found


def _class_body(chars):
    """The inside of a regex set for the characters of a '[...]' pattern (no '!')."""
    out = []
    p = 0
    n = len(chars)
    while p < n:
        if p + 2 < n and chars[p + 1] == '-':
            lo, hi = chars[p], chars[p + 2]
            if lo <= hi:
                out.append(_class_char(lo) + '-' + _class_char(hi))
            p += 3
        else:
            out.append(_class_char(chars[p]))
            p += 1
    return ''.join(out)


def _class_char(c):
    if c == '\\':
        return '\\\\'
    if c in '-&~|':
        return '\\' + c
    return c


def _tokens(pat):
    """The pattern as a list of regex pieces, with _STAR for each run of stars."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                out.append('\\[')
                continue
            negate = pat[i] == '!'
            body = _class_body(pat[i + 1 if negate else i:j])
            i = j + 1
            if not body:
                out.append('.' if negate else '(?!)')
            elif negate:
                out.append('[^' + body + ']')
            else:
                if body[0] in '^[':
                    body = '\\' + body
                out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern pat matches."""
    tokens = _tokens(pat)
    pieces = []
    i = 0
    n = len(tokens)
    # Before the first star: literal pieces.
    while i < n and tokens[i] is not _STAR:
        pieces.append(tokens[i])
        i += 1
    while i < n:
        # tokens[i] is a star: collect what follows up to the next star.
        i += 1
        segment = []
        while i < n and tokens[i] is not _STAR:
            segment.append(tokens[i])
            i += 1
        if i == n:
            pieces.append('.*')
            pieces.extend(segment)
        else:
            pieces.append('(?>.*?' + ''.join(segment) + ')')
    return '(?s:%s)\\Z' % ''.join(pieces)
