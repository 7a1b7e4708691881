# ast.literal_eval: literals, displays of literals, signed numbers and complex sums; anything
# else is a ValueError, bad syntax the compiler's SyntaxError
import ast
cases = ["1", "-1", "+1.5", "1e3", "0x1F", "1_000", "'a' 'b'", "b'x' b'y'", "r'\\n'", "'''multi\nline'''",
         "[1, 2, (3, 4), {'a': [5]}]", "()", "(1,)", "(1)", "{1, 2}", "set()", "{}",
         "{'k': None, 'b': True, 'c': False}", "1+2j", "-1-2j", "3j", "1, 2", "[1, 2,]", "  42",
         "(1, [2, {3: (4,)}])", "'\\u00e9\\x41'", "--1", "- 5", "x", "1 + 1", "f(1)", "[1, x]",
         "{**a}", "True + 1", "1 +", "", "'a' b'b'", "{[1]: 2}", "1 2", "'unterminated", "None",
         "1.5e-3", "0o17", "0b101", ".5", "5.", "1_0.0_1", "[[[]]]", "{'a': {'b': {'c': ()}}}"]
for c in cases:
    try:
        r = ast.literal_eval(c)
        print(repr(c), '->', repr(r), type(r).__name__)
    except SyntaxError as e:
        print(repr(c), '-> SyntaxError', e.msg)
    except (ValueError, TypeError) as e:
        print(repr(c), '->', type(e).__name__)
for bad in (b'[1]', 5, None):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError', e)
