tests = [
 "[].__len__(1)", "[].__iter__(1)", "(1).__neg__(2)", "'a'.__hash__(1)", "[].__repr__(1)",
 "{}.__len__(1)", "(1).__bool__(1)", "[].__contains__()", "[].__getitem__()", "[].__setitem__(1)",
 "[].__delitem__()", "object().__str__(1)", "(1).__index__(1)", "(1.5).__float__(2)",
 "[].__reversed__(1)", "iter([]).__next__(1)", "(1).__abs__(1)", "(1).__pow__()",
 "(1).__round__(1,2)", "set().__len__(1)", "'a'.__len__(1)", "b''.__len__(1)", "(1).__str__(1)",
]
for t in tests:
    try:
        eval(t)
        print(t, 'ok')
    except TypeError as e:
        print(t, '->', e)
more = ['[].__setitem__(1)', '[].__delitem__()', '(1).__add__()', '(1).__pow__()', '(1).__pow__(1,2,3)',
        '(1).__rpow__()', 'property().__get__()', 'property().__get__(1,2,3)', 'property().__set__(1)',
        'property().__delete__()', '(1).__lt__()', 'object().__setattr__(1)', 'object().__getattribute__()',
        'object().__delattr__()', '[].__imul__()', '[].__iadd__()', '[].__mul__()', '[].__rmul__()',
        "'a'.__mul__()", '(1).__neg__(1,2)', 'object().__eq__(1,2)', 'iter([]).__next__(1)']
for t in more:
    try:
        eval(t)
        print(t, 'ok')
    except TypeError as e:
        print(t, '->', repr(str(e)))
