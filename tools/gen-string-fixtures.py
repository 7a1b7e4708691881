#!/usr/bin/env python3
"""Generate spec/fixtures/strings.json: how CPython 3.11 turns string literals into AST nodes.

    python3 tools/gen-string-fixtures.py > spec/fixtures/strings.json

Each case is a small module. The first run of adjacent STRING tokens in it is what
grammar/strings.ts parses; the fixture records those tokens (positions with UTF-8 byte
columns, as Dyad's tokenizer gives them), and then either the ast.dump (with positions) of
the node CPython built for them, or the SyntaxError, with `at` telling which token CPython
blamed: the index of a string token, or "next" for the token after the strings. `warnings`
lists the DeprecationWarnings (invalid escapes) with their line. `names` pairs sample names
with the code point "\\N{name}" gives, or -1 when CPython rejects the name.

Cases in SIMPLE only use names, ints, +, commas and parentheses inside f-string fields (the
unit test parses those with a stub); cases in FULL need the real expression parser.
"""
import ast
import io
import json
import sys
import tokenize
import unicodedata
import warnings

SIMPLE = [
    # plain literals
    "'abc'", '"abc"', "''", '""', "'''abc'''", '"""a\nb"""', "''''''", "'a\"b'", '"a\'b"',
    "x = 'abc'", "x = ('a'\n  'b')", "'a' 'b' \"c\"", "u'abc'", "U'abc'", "'a' u'b'", "u'a' 'b'",
    "r'a\\b'", "R'a\\nb'", "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "'\\0\\12\\123\\1234'",
    "'\\x41\\u00e9\\U0001F600'", "'\\N{LATIN SMALL LETTER A}\\N{bullet}\\N{lf}'",
    "'\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-20000}'",
    "'a\\\nb'", "'''a\\\nb'''", "'\\d\\w'", "'\\8'", "'\\777'", "'\\477'", "'\\ä'", "'ä\\n'",
    "'é' 'ü'", "'\\ud800'", "'\\uDFFF\\ud800'", "'😀\\n'",
    "rb'a\\b'", "b'abc'", "b'\\x41\\n\\0\\777\\d'", "B'a' b'c'", "Rb'\\x'", "bR'\\''", "b'a' b'\\xff'",
    "b''", "br''", "b'''a\nb'''",
    # f-strings
    "f''", "f'abc'", "f'a' 'b'", "'a' f'b'", "'a' f'{x}' 'b'", "f'{x}' f'{y}'", "u'a' f'{x}'",
    "f'{x}'", "F'{x}'", "rf'{x}'", "fR'{x}\\n'", "f'{x}\\n{y}'", "f'a{x}b{y}c'", "f'{{}}'",
    "f'{{{x}}}'", "f'a{{b'", "f'}}'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:>10}'",
    "f'{x:{y}}'", "f'{x:a{y}b}' 'c'", "f'{x:}'", "f'{x:}' 'a'", "f'{x=}'", "f'{x = }'",
    "f'{x=!s}'", "f'{x=:>3}'", "f'{x = !s:>3}'", "f'{x=\t}'", "f'{x  =}'", "f'{x=:{y=}}'",
    "f'{x!r:{y}{z=}}'", "f'{x:{y!r}}'", "f'{x:{y:}}'", "f'{x:a}}}'",
    "f'{x:\\N{DIGIT ONE}}'", "f'\\N{LATIN SMALL LETTER A}{{\\N{DIGIT ONE}}}'", "rf'\\N{x}'",
    "f'\\{x}'", "f'{x}\\d'", "f'{x:\\d}'", "f'\\{{x}}'",
    "f'{x+1}'", "f'{ x + 1 }'", "f'{\tx}'", "f'{x,y}'", "f'{ x,y }'", "f'{(x)}'", "f'{(x, y)}'",
    "x = f'ä{x}'", "x = f'ä{x:ä{y}ä}ä' 'ö'", "x = f'😀{x}'",
    "x = (f'{x}'\n  f'{y}')", "x = ('a'\n  f'''b\n {y:{z}}''')",
    "x=f'''ab\ncd {y} {z}'''", "x=f'''ab\ncd {\ny+1}'''", "x=f'''ab {\n  y+1}'''",
    "x=f'''ab {y+\n  1}'''", "x=f'''ä\näb{y}'''", "x=f'a\\\n{y}'", "x = f'''{x,\ny}'''",
    "x = f'''{ \n x,y}'''", "x = f'''a\n{ \n x,y}'''", "x = f'''a\n{x,y}'''",
    "x = f'a' f'''\n''' f'{y}'", "x = ('a'\n f'{x}'\n 'b')", "x = f'{x}' '\\d' f'{y}\\d'",
    "x = f'{x!r:{y}}'", "x = f'''\n  {x}\n  {y:{z}}\n'''",
    # errors
    "x = b'a' 'b' + 1", "x = 'a' b'b' + 1", "x = 'a' b'b'", "x = ('a'\n b'b'\n)",
    "x = f'{x}' b'a'", "x = b'a' f'{x}'", "x = b'ä' + 1", "x = 'a' b'ä' + 1",
    "x = b'ä' 'a' + 1", "x = 'a' b'\\x4'",
    "x = '\\xZZ' + 1", "x = 'ä\\xZ' + 1", "x = '\\x4' + 1", "x = '\\u12' + 1", "x = '\\U0011000' + 1",
    "x = '\\U00110000' + 1", "x = '\\N{foo}' + 1", "x = 'ä\\N{ä}' + 1", "x = '\\N{}' + 1",
    "x = '\\N{LATIN' + 1", "x = '\\N' + 1", "x = '\\Nx' + 1", "x = 'ä\\N{LATIN' + 1",
    "x = '\\N{hangul syllable ga}'", "x = '\\N{HANGUL SYLLABLE gA}'",
    "x = '\\N{CJK UNIFIED IDEOGRAPH-4e00}'", "x = '\\N{cjk unified ideograph-4E00}'",
    "x = '\\N{CJK UNIFIED IDEOGRAPH-2A6E0}'", "x = '\\N{LATIN SMALL LETTER A }'",
    "x = '\\N{a\\\\}'", "x = 'ö\\N{a\\ä}'", "x = '\\ä\\N{}'",
    "x = b'\\x4' + 1", "x = b'ab\\xg0' + 1", "x = b'\\x'",
    "x = f'{}' + 1", "x = f'{' + 1", "x = f'{ }' + 1", "x = f'}' + 1", "x = f'{x}}' + 1",
    "x = f'{{x}' + 1", "x = f'{!r}' + 1", "x = f'{:x}' + 1", "x = f'{=}' + 1", "x = f'{x!x}' + 1",
    "x = f'{x!}' + 1", "x = f'{x!r=}' + 1", "x = f'{x' + 1", "x = f'{x!' + 1", "x = f'{x:' + 1",
    "x = f'{x=' + 1", "x = f'{x:{y' + 1", "x = f'{x:{y}' + 1", "x = f'{(x}' + 1", "x = f'{x)}' + 1",
    "x = f'{(x]}' + 1", "x = f'{\"x}' + 1", "x = f'{x#}' + 1", "x = f'{x\\n}' + 1",
    "x = f'{x:}}' + 1", "x = f'{x!rr}' + 1", "x = f'{x!r }' + 1", "x = f'{x! r}' + 1",
    "x = f'{x:{y:{z}}}' + 1", "x = f'{x:{{' + 1", "x = f'\\N{x}' + 1", "x = f'\\N}' + 1",
    "x = f'{x}\\xZZ{y}' + 1", "x = f'{x:\\xZZ}' + 1", "x = f'''{\n}'''",
    "x = f'{x}' f'{' + 1", "x = f'{x}' '\\N{foo}' + 1", "x = f'{x:{{}'",
    "x = f'{[x)}'", "x = f'{x]}'", "x = f'{(((x}'", "x = f'{x\t}' f'{'",
    "x = f'{\"\"\"x}'", "x = f'{" + "(" * 201 + "x" + ")" * 201 + "}'",
]

FULL = [
    "f'{x!=y}'", "f'{x<y}'", "f'{x==y}'", "f'{x:=y}'", "f'{(x:=y)}'", "f'{x>=y:>3}'",
    "f'{a[\"b\"]}'", "f'{a[\"}\"]}'", "f'{\"a\" \"b\"}'", "f'{\"\"\"a\"\"\"}'",
    "f'{x:{{}}}'", "f'{x.y(1, z=2)}'", "f'{[x for x in y]}'", "f'{ {1: 2}[1] }'", "f'{*x,}'", "f'{lambda: 1}'",
    "f'{(lambda: 1)()}'", "f'{(yield)}'", "f'{x if y else z}'", "f'{x:{y}.{z}f}'",
    "x=f'''{\"\"\"a\nb\"\"\" + c}'''", "x=f'''{\n\"\"\"a\nb\"\"\" + c}'''",
    "x=f'''q\n {\"\"\"a\nb\"\"\" + c}'''", "x=f'''q\n {\"\"\"ab\"\"\" + c}'''",
    "x=f'''{c + \"\"\"a\nb\"\"\" + c}'''", "x=f'''{c + \"\"\"a\nb\"\"\" + c + \n d}'''",
    "x = f'{a b}' + 1", "x = f'{a +}' + 1", "x = f'''\n{a b}''' + 1", "x = f'{*x}' + 1",
    "x = f'{lambda x:1}' + 1", "x = f'ä{a b}'", "x = f'{x:{a b}}'",
    "x = f'{" + "(" * 199 + "x" + ")" * 199 + "}'", "x = f'{" + "(" * 200 + "x" + ")" * 200 + "}'",
]


def byte_col(line, col):
    return len(line[:col].encode("utf-8"))


def string_tokens(src):
    """The first run of STRING tokens (NL/COMMENT between them skipped), and the token after."""
    lines = src.splitlines(keepends=True)
    toks = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            toks.append(tok)
    except (tokenize.TokenError, SyntaxError):
        pass
    run = []
    after = None
    for tok in toks:
        if tok.type == tokenize.STRING:
            run.append(tok)
        elif run and tok.type in (tokenize.NL, tokenize.COMMENT):
            continue
        elif run:
            after = tok
            break
    out = []
    for tok in run:
        (sl, sc), (el, ec) = tok.start, tok.end
        out.append({
            "image": tok.string,
            "startLine": sl, "startColumn": byte_col(lines[sl - 1], sc),
            "endLine": el, "endColumn": byte_col(lines[el - 1], ec),
        })
    return out, run, after


def find_node(tree, first, last):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Constant, ast.JoinedStr)) and (
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
        ) == (first["startLine"], first["startColumn"], last["endLine"], last["endColumn"]):
            return node
    raise AssertionError("node not found")


def case(src, full):
    toks, run, after = string_tokens(src)
    rec = {"src": src, "full": full, "toks": toks}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(src)
        except SyntaxError as e:
            err = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset}
            # Which token did CPython blame? (offset is 1-based, in characters)
            at = None
            lines = src.splitlines(keepends=True)
            for i, tok in enumerate(run):
                if (e.lineno, e.offset - 1) == tok.start:
                    at = i
            if at is None and after is not None and (e.lineno, e.offset - 1) == after.start:
                at = "next"
            err["at"] = None if full else at
            rec["error"] = err
        else:
            rec["dump"] = ast.dump(find_node(tree, toks[0], toks[-1]), include_attributes=True)
            rec["module"] = ast.dump(tree, include_attributes=True)
    rec["warnings"] = [
        {"msg": str(w.message), "lineno": w.lineno}
        for w in caught if issubclass(w.category, DeprecationWarning)
    ]
    return rec


def name_lookup(name):
    """The code point "\\N{name}" gives in a str literal, or -1 if CPython rejects the name."""
    try:
        value = eval('"\\N{' + name + '}"')
    except SyntaxError:
        return -1
    assert len(value) == 1
    return ord(value)


def name_samples():
    """Names to look up: a sample of every kind, accepted or not."""
    names = []
    count = 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        count += 1
        if count % 97 == 0 or cp < 0x100:
            names.append(name)
            if count % 2 == 0:
                names.append(name.lower())
            if count % 3 == 0:
                names.append(name[:-1])
    names += [
        "LF", "lf", "NUL", "NULL", "BEL", "BYTE ORDER MARK", "ZWSP", "LATIN CAPITAL LETTER GHA",
        "NBSP", "VS1", "VS256", "SHY", "END OF LINE", "LINE FEED (LF)", "CHARACTER TABULATION",
        "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A", "HANGUL SYLLABLE ",
        "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE GGYAESS", "HANGUL SYLLABLE YI", "HANGUL SYLLABLE WEOLB",
        "hangul syllable GA", "HANGUL SYLLABLE ga", "HANGUL SYLLABLE X",
        "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-9FFF",
        "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-4DBF",
        "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-2A6DF",
        "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B",
        "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-004E00",
        "cjk unified ideograph-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
        "TANGUT IDEOGRAPH-17000", "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
        "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "", " ", "A", "SPACE ",
        " SPACE", "SPACE\t", "latin small letter sharp s", "Latin Small Letter A",
    ]
    return names


def main():
    cases = [case(s, False) for s in SIMPLE] + [case(s, True) for s in FULL]
    for c in cases:
        if "error" in c and c["error"]["at"] is None and not c["full"]:
            print("cannot place error of %r: %r" % (c["src"], c["error"]), file=sys.stderr)
    names = [[n, name_lookup(n)] for n in name_samples()]
    out = sys.stdout
    out.write('{"cases": ' + json.dumps(cases, indent=1, ensure_ascii=False) + ',\n"names": [\n')
    out.write(",\n".join(json.dumps(n, ensure_ascii=False) for n in names))
    out.write("\n]}\n")


main()
