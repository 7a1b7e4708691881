"""The string module for Dyad: character-class constants, capwords, Template and Formatter.

Template substitution scans the text directly for the usual delimiter and identifier rules;
a subclass that changes idpattern, braceidpattern, flags or pattern (or uses a delimiter with
letters in it) goes through the regular expression CPython would build for it. Formatter
reads format strings with a parser written after str.format's rules (Dyad has no _string).
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdefABCDEF'
octdigits = digits[:8]
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s split on sep (runs of whitespace by default), each word capitalized, joined again
    with sep (a single space by default)."""
    words = s.split(sep)
    return (sep or ' ').join([word.capitalize() for word in words])


# --- Template --------------------------------------------------------------------------------

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2  # re.IGNORECASE, without importing re


def _id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _id_end(text, i):
    # the end of the ASCII identifier starting at text[i]
    n = len(text)
    while i < n:
        c = text[i]
        if not (_id_start(c) or '0' <= c <= '9'):
            break
        i += 1
    return i


_ESCAPED = None  # a doubled delimiter, in a parsed template


def _tokens(text, delim):
    return _parsed(text, delim)[0]


def _parsed(text, delim, cache={}):
    """(tokens, format_text): text cut at its placeholders into literal strs, _ESCAPED, (name,
    source text) pairs, and for a delimiter not followed by a placeholder the int index just
    after it; format_text, when no such bad placeholder occurs, is the same template for
    str.format_map (a {name!s} field per placeholder, the delimiter for _ESCAPED)."""
    key = (delim, text)
    found = cache.get(key)
    if found is not None:
        return found
    out = []
    step = len(delim)
    n = len(text)
    pos = 0
    while pos < n:
        at = text.find(delim, pos)
        if at < 0:
            out.append(text[pos:])
            break
        if at > pos:
            out.append(text[pos:at])
        after = at + step
        if text.startswith(delim, after):
            out.append(_ESCAPED)
            pos = after + step
            continue
        first = text[after:after + 1]
        if first and _id_start(first):
            end = _id_end(text, after)
            out.append((text[after:end], text[at:end]))
            pos = end
            continue
        if first == '{' and _id_start(text[after + 1:after + 2]):
            end = _id_end(text, after + 1)
            if text[end:end + 1] == '}':
                out.append((text[after + 1:end], text[at:end + 1]))
                pos = end + 1
                continue
        out.append(after)
        pos = after
    format_text = []
    for token in out:
        if token.__class__ is str:
            format_text.append(token.replace('{', '{{').replace('}', '}}'))
        elif token is _ESCAPED:
            format_text.append(delim.replace('{', '{{').replace('}', '}}'))
        elif token.__class__ is tuple:
            format_text.append('{' + token[0] + '!s}')
        else:
            format_text = None
            break
    if len(cache) > 200:
        cache.clear()
    found = cache[key] = (out, None if format_text is None else ''.join(format_text))
    return found


_NO_MAPPING = {}  # the default of substitute()'s mapping: nothing but the keyword arguments


class _Layered:
    """Keyword arguments in front of a mapping, as substitute(mapping, **kws) looks names up."""
    __slots__ = ('front', 'back')

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        for layer in (self.front, self.back):
            try:
                return layer[key]
            except KeyError:
                pass
        raise KeyError(key)


def _regex_source(cls):
    import re
    delim = re.escape(cls.delimiter)
    braced = cls.braceidpattern or cls.idpattern
    return (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})|'
            f'{{(?P<braced>{braced})}}|(?P<invalid>))')


def _compile_for(cls, source):
    import re
    return re.compile(source, cls.flags | re.VERBOSE)


class _CompiledOnDemand:
    """Template.pattern for classes substituted by scanning: the equivalent regular
    expression, compiled when first asked for (importing string does not import re)."""

    def __get__(self, obj, cls):
        compiled = cls.__dict__.get('_dyad_compiled')
        if compiled is None:
            compiled = _compile_for(cls, _regex_source(cls))
            cls._dyad_compiled = compiled
        return compiled


def _check_text(template):
    if isinstance(template, str):
        return
    if isinstance(template, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError(f"expected string or bytes-like object, got '{type(template).__name__}'")


class Template:
    """A string with $-placeholders: $name or ${name} are replaced by substitute() or
    safe_substitute(), and $$ stands for one $."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        _settle(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        line = len(lines) or 1
        column = len(lines[-1]) if lines else 1
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def _expand(self, mapping, safe):
        cls = type(self)
        if cls._dyad_scan is None:
            return self._expand_by_regex(mapping, safe)
        text = self.template
        _check_text(text)
        tokens, format_text = _parsed(text, cls._dyad_scan)
        if not safe and format_text is not None and self.delimiter == cls._dyad_scan:
            # each placeholder is looked up and converted with str() in turn, as below
            return format_text.format_map(mapping)
        # an exact dict answers get() as [] would (it has no __missing__)
        fetch = mapping.get if safe and type(mapping) is dict else None
        out = []
        for token in tokens:
            if token.__class__ is str:
                out.append(token)
            elif token is _ESCAPED:
                out.append(self.delimiter)
            elif token.__class__ is tuple:
                if fetch is not None:
                    value = fetch(token[0], _tokens)  # (_tokens: any object no value can be)
                    out.append(token[1] if value is _tokens else str(value))
                elif safe:
                    try:
                        out.append(str(mapping[token[0]]))
                    except KeyError:
                        out.append(token[1])
                else:
                    out.append(str(mapping[token[0]]))
            elif safe:
                out.append(cls._dyad_scan)
            else:
                self._invalid(token)
        return ''.join(out)

    def _expand_by_regex(self, mapping, safe):
        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        if kws:
            mapping = kws if mapping is _NO_MAPPING else _Layered(kws, mapping)
        return self._expand(mapping, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        if kws:
            mapping = kws if mapping is _NO_MAPPING else _Layered(kws, mapping)
        return self._expand(mapping, True)

    def _regex_matches(self):
        # (name, escaped, invalid) for each match of a regex-driven class
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                yield name, None, None
                continue
            invalid = mo.group('invalid')
            escaped = mo.group('escaped') if invalid is None else None
            if invalid is None and escaped is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
            yield None, escaped, invalid

    def is_valid(self):
        """False when the template holds a delimiter that starts no placeholder."""
        cls = type(self)
        if cls._dyad_scan is not None:
            _check_text(self.template)
            return not any(type(t) is int for t in _tokens(self.template, cls._dyad_scan))
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names of the template, each once, in order of appearance."""
        cls = type(self)
        names = []
        if cls._dyad_scan is not None:
            _check_text(self.template)
            found = [t[0] for t in _tokens(self.template, cls._dyad_scan) if type(t) is tuple]
        else:
            found = [name for name, _, _ in self._regex_matches() if name is not None]
        for name in found:
            if name not in names:
                names.append(name)
        return names


def _settle(cls):
    """Chooses how cls substitutes: by scanning (cls._dyad_scan is the delimiter) or through
    cls.pattern, compiled now as CPython does when the class is created."""
    if 'pattern' in cls.__dict__:
        cls.pattern = _compile_for(cls, cls.pattern)
        cls._dyad_scan = None
        return
    delim = cls.delimiter
    plain_delimiter = isinstance(delim, str) and delim.isascii() and delim != '' and \
        not any(c.isalpha() for c in delim)
    if (plain_delimiter and cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
            and cls.flags == _IGNORECASE):
        cls._dyad_scan = delim
        cls.pattern = _CompiledOnDemand()
    else:
        cls.pattern = _compile_for(cls, _regex_source(cls))
        cls._dyad_scan = None


_settle(Template)


# --- Formatter -------------------------------------------------------------------------------

def _next_brace(s, pos):
    opening = s.find('{', pos)
    closing = s.find('}', pos)
    if opening < 0:
        return closing
    if closing < 0:
        return opening
    return min(opening, closing)


def _read_field(s, start):
    """The replacement field starting at s[start] (just after its '{'): (field name,
    format spec, conversion, index after the field)."""
    n = len(s)
    i = start
    while True:
        if i >= n:
            raise ValueError("expected '}' before end of string")
        c = s[i]
        if c == '[':
            close = s.find(']', i + 1)
            if close < 0:
                raise ValueError("expected '}' before end of string")
            i = close + 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c in '}:!':
            break
        i += 1
    name = s[start:i]
    i += 1
    if c == '}':
        return name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i] if s[i] != '\x00' else None
        i += 1
        if i < n:
            follow = s[i]
            i += 1
            if follow == '}':
                return name, '', conversion, i
            if follow != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if not depth:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _format_pieces(s):
    """(literal_text, field_name, format_spec, conversion) for each piece of the format
    string s, read lazily (errors come when reading reaches them)."""
    n = len(s)
    pos = 0
    while pos < n:
        at = _next_brace(s, pos)
        if at < 0:
            yield s[pos:], None, None, None
            return
        brace = s[at]
        if at + 1 < n and s[at + 1] == brace:
            yield s[pos:at + 1], None, None, None
            pos = at + 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if at + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        name, spec, conversion, after = _read_field(s, at + 1)
        yield s[pos:at], name, spec, conversion
        pos = after


def _index_or_name(text):
    if text.isdecimal():
        value = int(text)
        if value > _MAX_INDEX:
            raise ValueError('Too many decimal digits in format string')
        return value
    return text


_MAX_INDEX = (1 << 63) - 1


def _field_path(name, pos):
    # the .attribute and [key] steps of a field name, from name[pos] on
    n = len(name)
    while pos < n:
        if name[pos] == '.':
            end = pos + 1
            while end < n and name[end] not in '.[':
                end += 1
            if end == pos + 1:
                raise ValueError('Empty attribute in format string')
            yield True, name[pos + 1:end]
            pos = end
        else:
            close = name.find(']', pos + 1)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            if close == pos + 1:
                raise ValueError('Empty attribute in format string')
            yield False, _index_or_name(name[pos + 1:close])
            pos = close + 1
            if pos < n and name[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    cut = 0
    while cut < len(name) and name[cut] not in '.[':
        cut += 1
    return _index_or_name(name[:cut]), _field_path(name, cut)


_NUMBERING_SWITCH = 'cannot switch from manual field specification to automatic field numbering'


class Formatter:
    """str.format's algorithm split into methods that subclasses may replace: parse,
    get_field, get_value, convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text = self._vformat(format_string, args, kwargs, used, 2)[0]
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index counts automatically numbered fields; False once a field was
        # numbered explicitly. Returns the text and that counter.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if auto_arg_index is False:
                    raise ValueError(_NUMBERING_SWITCH)
                name = str(auto_arg_index)
                auto_arg_index += 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError(_NUMBERING_SWITCH)
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        convert = {'s': str, 'r': repr, 'a': ascii}.get(conversion)
        if convert is None:
            raise ValueError(f'Unknown conversion specifier {conversion!s}')
        return convert(value)

    def parse(self, format_string):
        return _format_pieces(format_string)

    def get_field(self, field_name, args, kwargs):
        first, path = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in path:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first
