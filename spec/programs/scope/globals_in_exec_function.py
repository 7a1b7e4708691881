# globals() inside code run by exec is the dict that exec was given.
ns = {'marker': 'ns'}
exec('''
def where():
    return globals()['marker']

def is_same(d):
    return globals() is d
at_top = globals() is locals()
''', ns)
marker = 'main'
print(ns['where']())
print(ns['is_same'](ns), ns['is_same'](globals()))
print(ns['at_top'])
ns2 = {}
loc = {}
exec('same = globals() is locals()', ns2, loc)
print(loc['same'])
