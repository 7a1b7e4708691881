"""ast, reduced: literal_eval only (Dyad does not expose its syntax tree to Python yet).

literal_eval(text) accepts what CPython's does: str/bytes/number literals (implicit
concatenation included), tuples, lists, sets, dicts, None/True/False, set(), unary + and -
on numbers and complex sums like 1+2j. Anything else is "malformed node or string".
"""

import re as _re

__all__ = ['literal_eval']

_TOKEN = _re.compile(r'''
    (?P<ws>[ \t\f\r\n]+|\#[^\n]*|\\\n)
  | (?P<str>(?:[rRbBuU]|[rR][bB]|[bB][rR])?(?:\'\'\'(?:[^\\]|\\.)*?\'\'\'|"""(?:[^\\]|\\.)*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))
  | (?P<num>(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?)[jJ]?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>[-+()\[\]{},:])
''', _re.VERBOSE | _re.DOTALL)


class _Malformed(Exception):
    pass


def _tokens(text):
    out = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise SyntaxError('invalid syntax')
        pos = m.end()
        kind = m.lastgroup
        if kind != 'ws':
            out.append((kind, m.group()))
    out.append(('end', ''))
    return out


class _Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, value):
        t = self.take()
        if t[1] != value:
            raise SyntaxError('invalid syntax')

    def expr(self):
        kind, val = self.peek()
        if val in ('+', '-'):
            self.take()
            if self.peek()[1] in ('+', '-'):
                raise _Malformed
            operand = self.atom()
            if not isinstance(operand, (int, float, complex)) or isinstance(operand, bool):
                raise _Malformed
            left = -operand if val == '-' else +operand
        else:
            left = self.atom()
        kind, val = self.peek()
        if val in ('+', '-'):
            # only a real number plus or minus an imaginary literal
            if not isinstance(left, (int, float)) or isinstance(left, bool):
                raise _Malformed
            self.take()
            k2, v2 = self.take()
            if k2 != 'num' or not v2.endswith(('j', 'J')):
                raise _Malformed
            right = complex(v2.replace('_', ''))
            return left + right if val == '+' else left - right
        return left

    def atom(self):
        kind, val = self.take()
        if kind == 'str':
            parts = [eval(val)]
            while self.peek()[0] == 'str':
                parts.append(eval(self.take()[1]))
            if len({type(p) for p in parts}) > 1:
                raise SyntaxError('cannot mix bytes and nonbytes literals')
            return parts[0][:0].join(parts)
        if kind == 'num':
            return eval(val)
        if kind == 'name':
            if val == 'None':
                return None
            if val == 'True':
                return True
            if val == 'False':
                return False
            if val == 'set' and self.peek()[1] == '(':
                self.take()
                self.expect(')')
                return set()
            raise _Malformed
        if val == '(':
            if self.peek()[1] == ')':
                self.take()
                return ()
            first = self.expr()
            if self.peek()[1] == ')':
                self.take()
                return first
            items = [first]
            while self.peek()[1] == ',':
                self.take()
                if self.peek()[1] == ')':
                    break
                items.append(self.expr())
            self.expect(')')
            return tuple(items)
        if val == '[':
            items = self.sequence(']')
            return items
        if val == '{':
            if self.peek()[1] == '}':
                self.take()
                return {}
            first = self.expr()
            if self.peek()[1] == ':':
                self.take()
                d = {first: self.expr()}
                while self.peek()[1] == ',':
                    self.take()
                    if self.peek()[1] == '}':
                        break
                    k = self.expr()
                    self.expect(':')
                    d[k] = self.expr()
                self.expect('}')
                return d
            items = [first]
            while self.peek()[1] == ',':
                self.take()
                if self.peek()[1] == '}':
                    break
                items.append(self.expr())
            self.expect('}')
            return set(items)
        raise SyntaxError('invalid syntax')

    def sequence(self, close):
        items = []
        while self.peek()[1] != close:
            items.append(self.expr())
            if self.peek()[1] != ',':
                break
            self.take()
        self.expect(close)
        return items


def literal_eval(node_or_string):
    """Evaluates a string holding a Python literal (or a container display of literals)."""
    if not isinstance(node_or_string, str):
        raise ValueError(f'malformed node or string: {node_or_string!r}')
    text = node_or_string.lstrip(' \t')
    # The syntax errors are the compiler's own (message, '<unknown>', line).
    compile(text, '<unknown>', 'eval')
    try:
        p = _Parser(_tokens(text))
        value = p.expr()
        if p.peek()[1] == ',':
            items = [value]
            while p.peek()[1] == ',':
                p.take()
                if p.peek()[0] == 'end':
                    break
                items.append(p.expr())
            value = tuple(items)
        if p.peek()[0] != 'end':
            raise _Malformed
    except (_Malformed, SyntaxError):
        raise ValueError('malformed node or string on line 1') from None
    return value
