# repr() chooses quotes and escapes characters exactly.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', 'back\\slash',
           '\x00\x07\x1b\x7f', 'é ñ ü', '\x80\x9f\xa0\xad', '\u200b\u2028\ufeff', '😀', '\ud800',
           'bell\a', '\r\n', '']
for s in samples:
    print(repr(s), ascii(s))
print(repr(['a', "b'"]), repr(('x',)), repr({'k': "v'"}))
print(str('a\nb') == 'a\nb', len(repr('\n')))
