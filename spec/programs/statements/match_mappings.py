# Mapping patterns match subsets of keys and can capture the rest.
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest} if rest:
            return f'key {k} with extras {rest}'
        case {'type': 'key', 'key': k}:
            return f'key {k}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty mapping or no type'
    return 'not a mapping'


events = [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'a'}, {'type': 'key', 'key': 'b', 'mod': 'ctrl'},
          {'type': 'scroll'}, {}, {'other': 1}, [('type', 'click')], {'type': 'click', 'pos': (1, 2, 3)}]
for e in events:
    print(handle(e))
