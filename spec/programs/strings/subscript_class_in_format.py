# Subscripting through str.translate, %-formatting with a mapping and str.format: a class is
# subscripted like obj[k] (type 'str' is not subscriptable; list gives a GenericAlias).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'abc'.translate(str)); t(lambda: 'abc'.translate(list)); t(lambda: 'abc'.translate(5)); t(lambda: 'abc'.translate(None))
t(lambda: '%(a)s' % str); t(lambda: '%(a)s' % list); t(lambda: '%(a)s' % 5)
t(lambda: '{0[a]}'.format(str)); t(lambda: '{0[a]}'.format(dict)); t(lambda: '{0[1]}'.format(5)); t(lambda: '{a[0]}'.format_map(str))
t(lambda: '{a}'.format_map(str)); t(lambda: '{a}'.format_map(5))
