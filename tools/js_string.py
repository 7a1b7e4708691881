"""The JS string literal of a Python str, as the tools/gen-*.py generators write their tables:
single-quoted, printable ASCII as is, a newline as \\n, everything else as \\uXXXX escapes."""


def js_string(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "'\\":
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        else:
            out.append('\\u%04x' % c)
    return "'" + ''.join(out) + "'"
