# exec with separate globals and locals behaves like a class body.
g = {'shared': 'from globals'}
l = {}
exec('''
top = 'top level'
print(shared)
def f():
    return top
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def uses_shared():
    return shared
print(uses_shared())
''', g, l)
print(sorted(l))
print('top' in g, 'f' in g)
exec('global gname\ngname = 1\nlname = 2', g, l)
print(g['gname'], l['lname'], 'gname' in l)
print(eval('top + "!"', g, l))
