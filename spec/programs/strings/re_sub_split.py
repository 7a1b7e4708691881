# re: sub/subn (templates, callables, count, empty matches), split (maxsplit, groups, empty
# matches), findall (group shapes), finditer, and long subjects (no JS stack overflow).
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k> (\g<0>)', 'a=1 b=2'))
print(re.sub(r'a', r'\n\t\\x', 'bab'))
print(repr(re.sub(r'a', '\\-', 'a')), repr(re.sub('a', r'\0', 'a')), repr(re.sub('(a)', r'\101\1', 'a')))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'x', lambda m: None, 'axbxc'))
print(re.sub(r'a', 'b', 'aaaa', 2), re.sub(r'a', 'b', 'aaaa', count=0), re.subn(r'a', 'b', 'aaaa', 3))
print(re.subn(r'z', 'y', 'abc'), re.subn('', '-', 'abc'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x+', '-', 'abxxd'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'(?m)^', '> ', 'line1\nline2\n'))
print(re.sub(r'$', '!', 'a\nb\n'), re.sub(r'(?m)$', '!', 'a\nb\n'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub(r'a|(b)', lambda m: m.group(1) or '-', 'abab'))
print(re.compile(r'\s+').sub(' ', '  many   spaces  here '))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.sub('a', 'x', 'aaa', flags=re.I), re.sub('A', 'x', 'aaa', 0, re.I))

# split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split('a', ''), re.split('', ''))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(',', 'a,b,c', -1))
print(re.split(rb',', b'a,b'))

# findall shapes
print(re.findall(r'\w+', 'a bb ccc'), re.findall(r'(\w)(\w)?', 'abc'), re.findall(r'(a)|b', 'ab'))
print(re.findall(r'', 'ab'), re.findall(r'a*', 'baaa'), re.findall(r'(?:a|b)+', 'xabbay'))
print(re.compile(r'\d').findall('1a2b3', 1, 4), re.findall('(a)(b)(c)', 'abcabc'))
print([m.span() for m in re.finditer(r'\b\w', 'ab cd ef')])
print([m.group(1) for m in re.finditer(r'(\d)+', '12 345 6')])

# long subjects: no recursion per character
s = ('word ' * 20000) + 'end'
print(len(re.sub(r'\s+', ' ', s)), len(re.findall(r'\w+', s)), len(re.split(r' ', s)))
print(re.match(r'(a|b)*', 'ab' * 25000).end())
print(re.match(r'(?:a|b)*c', 'ab' * 25000 + 'c').end())
print(re.match(r'(a|b)*?c', 'ab' * 25000 + 'c').end())
print(re.search(r'(x+x+)+y', 'x' * 18) is None)
print(re.fullmatch(r'(?:\w+\s?)+', 'hello world ' * 5000).end())
print(re.match(r'((a)|b)+', 'ab' * 10000).span(2))
print(len(re.findall(r'.', 'x' * 100000)), re.search(r'z', 'a' * 100000 + 'z').start())
print(re.match(r'(.)\1*', 'a' * 60000).end(), re.match(r'(?s).*?$', 'q' * 60000).end())

# counts and maxsplit out of range, classes as generic aliases
print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', -2), re.split('a', 'bab', -1), re.sub('a', r'\g<0>!', 'aaa', 2))
print(re.Pattern[str], re.Match[bytes])
class S(str):
    pass
print(repr(re.sub('a', 'b', S('xax'))), type(re.sub('z', 'b', S('xax'))).__name__, re.findall('a', S('aa')), re.split('a', S('bab')))
print(re.sub(r'(a)|b', r'<\1>', 'ab' * 3), re.sub(r'(?P<x>.)', r'\g<x>\g<x>', 'abc', count=2))
print(re.findall(r'(a)|(b)', 'ab', ), re.findall(r'((a)|b)+', 'abab'))
