# is* predicate methods on assorted strings.
samples = ['123', '12.5', '', 'abc', 'Abc', 'ABC', 'abc123', ' ', '\t\n', '½', '²', '٣', 'Title Case',
           'hello_world', '_x1', '1x', 'é', 'class']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
print('\x00'.isprintable(), 'a\nb'.isprintable())
