# time.strftime as glibc's: the flags _ - 0 ^ #, field widths, the E and O modifiers (valid or
# not per conversion), invalid conversions copied out padded to the width, %C/%y/%G of small and
# negative years, composite conversions padded as a whole, %z and %Z with tm_isdst -1.
import time

tms = [(2024, 3, 5, 14, 7, 9, 1, 65, 0), (5, 1, 1, 0, 0, 0, 0, 1, 0), (0, 12, 31, 23, 59, 59, 6, 366, 0),
       (-5, 6, 15, 12, 0, 0, 2, 166, 0), (999, 7, 8, 9, 10, 11, 5, 189, 0), (-101, 1, 1, 0, 0, 0, 0, 1, 0),
       (2021, 1, 3, 0, 0, 0, 6, 3, 0), (2020, 12, 31, 12, 0, 0, 3, 366, 0)]
flags = ['', '-', '_', '0', '^', '#', '^#']
widths = ['', '1', '5']
mods = ['', 'E', 'O']
for tm in tms:
    print(tm[:3])
    for d in 'aAbBcCdDeFgGhHIjklmMnpPrRSTuUVwWxXyYz%':
        row = [time.strftime('%' + f + w + m + d, tm) for f in flags for w in widths for m in mods]
        print(d, '|'.join(repr(x)[1:-1] for x in row))
t = tms[0]
for f in ['%Q', '%5Q', '%^q', '%#Eb', '%#Eh', '%E%', '%O%', '%5%', '%5n', '%-', '%5', '%', '%E', '%_', 'a%',
          '%+Y', '%10c', '%030c', '%^c', '%#c', '%^x', '%12s' if False else '%12j', '%6z', '%-6z', '%_6z',
          '%#Z', '%^Z', '%5Z', '%^P', '%#P', '%#p', '%^p', '%4C', '%-C', '%_5C', '%-y', '%05G', '%-4Y']:
    print(repr(f), repr(time.strftime(f, t)))
g = time.gmtime(0)
print(repr(time.strftime('%z|%Z|%#Z|%5Z', g)))
nodst = (2024, 3, 5, 14, 7, 9, 1, 65, -1)
print(repr(time.strftime('[%z][%Z][%5z][%#Z]', nodst)))
# mktime reading tm_isdst as glibc does: asking for DST that the zone does not have at that time
# takes DST to be an hour ahead (wherever no nearby time has the asked-for state).
jan = (2024, 1, 8, 9, 10, 11, 0, 8, 0)
jan_dst = jan[:8] + (1,)
jan_any = jan[:8] + (-1,)
print(time.mktime(jan_dst) - time.mktime(jan), time.mktime(jan_any) - time.mktime(jan))
