# An uncaught re.error ends the program with CPython's `re.error: ... at position N` line.
import re
print(re.findall(r'\w+', 'before the error'))
re.compile('(?P<word>\\w+')
