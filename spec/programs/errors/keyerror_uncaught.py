# An uncaught KeyError shows the repr of the key.
config = {'a': 1, 'b': 2}
print(config['a'])
for key in ('b', 'b c'):
    print(key, config[key])
