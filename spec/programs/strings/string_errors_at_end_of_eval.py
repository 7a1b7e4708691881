# Errors in string literals blamed on the end of eval/single input without a final newline:
# offset at the end of the line, end_offset -1 (CPython takes the tokenizer position then).
for s in ["f'{ }'", "1 + f'{ }'", "(1,\n f'{ }')", "f'{x!}'", "'abc' f'{ }'", "'\\N{nope}'", "b'\\xff' 'a'", "'a' b'b'", "f'{'", "f'}'", "f'{x:{y!}}'"]:
    for mode in ("exec", "eval", "single"):
        try:
            compile(s, "<c>", mode)
            print(mode, "ok")
        except SyntaxError as e:
            print(mode, repr(s), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
