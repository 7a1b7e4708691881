# String literal forms: escapes, raw strings, implicit concatenation, triple quotes.
print('tab:\tend', 'nl:\\n', 'quote:\'', "dq:\"", 'hex:\x41', 'oct:\101', 'uni:\u00e9', 'big:\U0001F600')
print(r'raw\n\t', r'\d+\.\d*', len(r'\n'), len('\n'))
print('implicit' ' ' 'concatenation', ('multi'
                                         'line'))
s = """triple
  quoted
"""
print(repr(s))
print('\N{GREEK SMALL LETTER ALPHA}', '\N{SNOWMAN}', len('\N{SNOWMAN}'))
print('a\
b')
print('\0' == '\x00', '\7' == '\a', repr('\b\f\v'))
print(rb'raw\bytes', b'\x41\x42', br'\x41')
