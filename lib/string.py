"""Common string constants, capwords and Template (a Dyad implementation of CPython's string
module; Formatter is not provided)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep, capitalizes each word, joins with sep (or a single space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == "_" or ("a" <= c.lower() <= "z")


def _is_ident_char(c):
    return _is_ident_start(c) or "0" <= c <= "9"


class Template:
    """$-substitution: Template('$who likes ${what}').substitute(who='tim', what='kung pao')."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        delim = self.delimiter
        while i < n:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(delim)
            if s.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            if k < n and s[k] == "{":
                end = s.find("}", k)
                name = s[k + 1:end] if end >= 0 else ""
                if end >= 0 and name and _is_ident_start(name[0]) and all(map(_is_ident_char, name)):
                    out.append(self._lookup(mapping, name, s[j:end + 1], safe))
                    i = end + 1
                    continue
            elif k < n and _is_ident_start(s[k]):
                e = k
                while e < n and _is_ident_char(s[e]):
                    e += 1
                out.append(self._lookup(mapping, s[k:e], s[j:e], safe))
                i = e
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return "".join(out)

    def _lookup(self, mapping, name, text, safe):
        try:
            return str(mapping[name])
        except KeyError:
            if safe:
                return text
            raise

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws} if mapping else kws
        return self._scan(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = {**mapping, **kws} if mapping else kws
        return self._scan(mapping, True)

    def get_identifiers(self):
        names = []
        seen = {}
        class Recorder:
            def __getitem__(self, name):
                if name not in seen:
                    seen[name] = True
                    names.append(name)
                return ""
        self._scan(Recorder(), True)
        return names

    def is_valid(self):
        try:
            self._scan({}, False)
        except ValueError:
            return False
        except KeyError:
            pass
        return True
