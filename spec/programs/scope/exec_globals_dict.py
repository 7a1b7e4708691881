# Functions defined by exec have the given dict as their globals.
ns = {'factor': 3}
exec('''
def scale(v):
    return v * factor

def set_factor(f):
    global factor
    factor = f
''', ns)
scale = ns['scale']
print(scale(2))
print(scale.__globals__ is ns)
ns['factor'] = 10
print(scale(2))
ns['set_factor'](7)
print(ns['factor'], scale(2))
factor = 'module factor'
print(scale(2))
print(sorted(k for k in ns if k != '__builtins__'))
print(scale.__module__)
ns2 = {'__name__': 'custom_module'}
exec('def named(): pass', ns2)
print(ns2['named'].__module__)
