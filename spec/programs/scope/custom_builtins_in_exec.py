# exec looks builtins up in the __builtins__ entry of the globals it is given.
ns = {'__builtins__': {'len': lambda o: 'fake len'}}
exec('result = len([1, 2, 3])', ns)
print(ns['result'])
try:
    exec('print("hi")', ns)
except NameError as e:
    print(type(e).__name__, e)
ns2 = {}
exec('r = len("abc")', ns2)
print(ns2['r'], type(ns2['__builtins__']).__name__)
ns3 = {'__builtins__': {'print': lambda *a: None, 'str': str}}
exec('def f():\n    return str(5) + "!"\n', ns3)
print(ns3['f']())
