# printf-style formatting with %.
print('%s and %r' % ('text', 'text'))
print('%d %i %5d|%-5d|%05d %+d' % (42, 42, 42, 42, 42, 42))
print('%f %.2f %10.3f|%-10.1f|%e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 1e20))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%%' % (), '%s' % (1,), '%s' % [1, 2], '%s %s' % (None, True), '%.3s' % 'abcdef')
print('%d' % 3.99, '%s' % 3.0, '%r' % 3.0, '%a' % 'é', '%5s|%-5s|' % ('ab', 'cd'))
for fmt, args in (('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 5)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '%g %g %g' % (100000, 1000000, 0.0001))
