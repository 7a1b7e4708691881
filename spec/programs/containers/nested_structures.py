# Walking nested lists and dicts: depth, paths and totals.
data = {
    'name': 'root',
    'children': [
        {'name': 'a', 'size': 3, 'children': []},
        {'name': 'b', 'children': [{'name': 'b1', 'size': 5, 'children': []}, {'name': 'b2', 'size': 1, 'children': []}]},
    ],
}


def total(node):
    return node.get('size', 0) + sum(total(c) for c in node['children'])


def paths(node, prefix=''):
    here = prefix + '/' + node['name']
    yield here
    for c in node['children']:
        yield from paths(c, here)


def depth(node):
    return 1 + max((depth(c) for c in node['children']), default=0)


print(total(data), list(paths(data)), depth(data))
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(table, [row[-1] for row in table], sum(map(sum, table)))
index = {}
for word in 'the cat and the hat and the bat'.split():
    index.setdefault(word[0], set()).add(word)
print({k: sorted(v) for k, v in sorted(index.items())})
