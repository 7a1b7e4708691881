# A NameError at module level after some output.
values = [1, 2, 3]
print(sum(values))
if values:
    print(undefined_variable_qqq)
print('never printed')
