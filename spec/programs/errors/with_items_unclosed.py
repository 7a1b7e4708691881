# An unclosed '(' after `with`: CPython's parenthesised with-items rule reads to the end of the
# input, so the tokenizer's "'(' was never closed" is the error (line 6), not 'as'.
with open(__file__) as f:
    print(f.readline())

with (open(__file__) as g,
      open(__file__) as h
    print(g.readline())
