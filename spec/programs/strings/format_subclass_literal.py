# str.format / format_map on an instance of a str subclass: a template with no braces at all
# comes back as the instance itself; anything else (fields, escaped braces, empty) is a str.
class M(str):
    pass

for s in ['Hello', '', 'a{{', '}}b', '{}', 'x{0}y']:
    m = M(s)
    try:
        r = m.format(1)
        print(repr(s), type(r).__name__, repr(r), r is m)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
    try:
        r = m.format_map({})
        print(repr(s), type(r).__name__, repr(r), r is m)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
p = 'plain'
print(p.format() is p, p.format_map({}) == p)
