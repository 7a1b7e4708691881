# time.strptime dates from week numbers: %U/%W with a weekday, the ISO %G/%V with %u/%w/%a,
# week 0 and weeks reaching into the next or previous year, the errors for ISO directives used
# without their partners, and _strptime's slicing of %z offsets.
import time

def show(text, fmt):
    try:
        print(repr(text), repr(fmt), tuple(time.strptime(text, fmt)))
    except ValueError as e:
        print(repr(text), repr(fmt), 'ValueError', e)

for y in (2019, 2020, 2021, 2023, 2024):
    for f in ('%Y %U %w', '%Y %W %w', '%G %V %u'):
        for w in ('0 1', '1 0', '1 3', '52 6', '53 0', '53 6', '10 1'):
            show(f'{y} {w}', f)
show('2024 10 Tue', '%Y %W %a')
show('2024-W10-Sunday', '%G-W%V-%A')
show('2024 10 1', '%G %V %w')
show('99 5 4', '%y %U %w')
show('2024 10', '%Y %U')
show('2024 10', '%G %V')
show('2024 1', '%G %u')
show('2024 10 1 065', '%G %V %u %j')
show('2024 10 1', '%Y %V %u')
show('10 1', '%V %u')
show('10', '%V')
for z in ('+0530', '-08:00', '+05:30:15', '+053015.25', '+05:3015', '+0530:15', 'Z'):
    try:
        st = time.strptime(z, '%z')
        print(z, st.tm_gmtoff, st.tm_zone)
    except ValueError as e:
        print(z, 'ValueError', e)
