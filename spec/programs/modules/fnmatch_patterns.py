# fnmatch: translate()'s exact regular expressions (star runs, atomic groups, sets, ranges,
# empty ranges, escapes), matching with fnmatch/fnmatchcase/filter, bytes, and type errors.
import fnmatch

patterns = ['*.py', 'a*b*c', '*', '**', 'a?c', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]', '[',
            '[a-', 'a[b-a]c', '[z-a]', '*a*', 'a**b', '[\\]', '[a&&b]', '[a~~b]', '[a||b]',
            '[--]', '[^x]', 'x*y*z*', '.*', '*.*', '[!a-c-e]', '[a-c-e]', 'ab[', '[!]', '[]',
            'a\\*', '[[]', '*a*b', '[a&b]', '[-a]', '[a-]', '*?*', '?*?', '*[ab]*x', '[a|b]',
            '[~]', '[!-]', '[!--]', '[b-ab-c]', '[ab-ax]', '[a-a]', 'é*', '[\\-z]', '[\\]]',
            'a\\b', '[a-\\]', '[!!]', '[*]', '[?]', '#', ' ', '[]-a]', '[!]-a]', '[!b-a]', '']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.PY', 'c.txt', '.x.py', 'abc', 'abbc', 'ac', 'a]c', 'a-c', 'x.y.z', '',
         'a\nb', 'A.py', '[abc]', 'a*', 'a\\b', 'é', 'éa']
for p in ['*.py', 'a*c', 'a?c', 'a[]-]c', '[!a]*', '*.*', '*', '', 'a*b', '[[]abc]', 'a\\*',
          '[a-c]*', '?', '??', '*[!.]', 'a[\\]b', 'é*']:
    print(p, fnmatch.filter(names, p), [fnmatch.fnmatchcase(n, p) for n in names[:6]])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.PY'),
      fnmatch.fnmatch('dir/file.txt', '*.txt'), fnmatch.fnmatch('dir/file.txt', 'dir/*'))
print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.filter([b'ab', b'ba', b'a\xff'], b'a?'),
      fnmatch.fnmatchcase(b'a\xff', b'a[\xfe-\xff]'))
print(fnmatch.__all__)
for f in [lambda: fnmatch.fnmatch(1, 'a'), lambda: fnmatch.fnmatch('a', 1),
          lambda: fnmatch.fnmatch(b'abc', 'a*'), lambda: fnmatch.fnmatch('abc', b'a*'),
          lambda: fnmatch.translate(b'a'), lambda: fnmatch.filter('abc', 'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
