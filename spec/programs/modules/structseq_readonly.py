# Fields of struct sequences (sys.version_info, sys.float_info, time.struct_time, ...) are
# READONLY members: assigning or deleting one says "readonly attribute"; a new attribute is an
# ordinary AttributeError (no instance dict).
import sys, time
for o, n in [(sys.version_info, 'major'), (sys.float_info, 'max'), (time.gmtime(0), 'tm_year'), (time.gmtime(0), 'tm_zone'),
             (time.gmtime(0), 'tm_gmtoff'), (sys.flags, 'optimize'), (sys.hash_info, 'width'), (sys.int_info, 'bits_per_digit')]:
    for op in ['set', 'del']:
        try:
            setattr(o, n, 1) if op == 'set' else delattr(o, n)
            print(op, n, 'allowed?!')
        except AttributeError as e:
            print(op, n, e)
    try:
        o.newattr = 1
    except AttributeError as e:
        print('new', e)
st = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(st.tm_year, st[0], st.tm_zone)
