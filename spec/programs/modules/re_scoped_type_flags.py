# Scoped type flags: (?u:...) inside an ASCII scope (or re.ASCII) is Unicode again, and back.
import re
tests = [(r'(?a:\W(?u:\w)\W)', '\xe0\xe0\xe0'), (r'(?a:\w)', '\xe0'), (r'(?u:\w)', '\xe0'), (r'(?a)(?u:\w)', '\xe0'), (r'\w(?a:\w)', '\xe0\xe0'), (r'(?i:a)b', 'Ab'), (r'(?i:a)b', 'AB'), (r'(?a:\W)(?u:\w)', '\xe0\xe0'), (br'(?a:\w)', b'a'), (r'(?a:\W(?u:\w))', '\xe0\xe0'), (r'(?a:\W(?u:\w)\W)', '\xe0\xe0\xe0'), (r'(?a:(?u:\w)\W)', '\xe0\xe0'), (r'(?a:x(?u:\w)\W)', 'x\xe0\xe0')]
for p, s in tests:
    try: print(p, bool(re.match(p, s)))
    except re.error as e: print(p, "error", e)
more = [(r'\W(?u:\w)\W', '\xe0\xe0\xe0', re.ASCII), (r'(?u:\b\w+\b)', '\xe9t\xe9', re.ASCII),
        (r'(?a:\b\w+\b)', '\xe9t\xe9 x', 0), (r'(?a:[\w]+)', 'ab\xe9', 0), (r'(?a:(?u:[\w]+))', 'ab\xe9', 0),
        (r'(?a:(?i:\xc9))', '\xe9', 0), (r'(?a:(?u:(?i:\xc9)))', '\xe9', 0)]
for p, s, fl in more:
    m = re.match(p, s, fl)
    print(p, m and m.group())
for bad in (r'(?a)(?-a:\w)', r'(?au:a)', r'(?a:(?-u:x))'):
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error:", e)
