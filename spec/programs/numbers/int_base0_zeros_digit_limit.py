# int(s, 0) of a string of zeros is 0, but the 4300-digit limit applies to it as to any other
# literal: the zeros are counted (underscores are not, a sign is not).
import sys

cases = [
    ('0' * 4300, 0),
    ('0' * 4301, 0),
    ('-' + '0' * 4301, 0),
    ('+' + '0' * 4301, 0),
    ('  ' + '0' * 4301 + '\n', 0),
    ('0_' * 2200 + '0', 0),
    ('0' * 4301, 10),
    ('00', 0),
    ('0_0', 0),
    (' -0 ', 0),
]
for s, base in cases:
    try:
        print(len(s), base, int(s, base))
    except ValueError as e:
        print(len(s), base, 'ValueError:', e)

sys.set_int_max_str_digits(640)
for s in ['0' * 640, '0' * 641]:
    try:
        print(len(s), int(s, 0))
    except ValueError as e:
        print(len(s), 'ValueError:', e)
sys.set_int_max_str_digits(0)
print(int('0' * 5000, 0))
