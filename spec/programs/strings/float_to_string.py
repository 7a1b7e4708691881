# str() and repr() of floats in different contexts and with format specs.
values = [0.1, 1.0, 1e-7, 123456.789, 1e16, 2 / 3, -0.0, 5e-324, 100.0]
print(values)
print([str(v) for v in values])
print(['%s' % v for v in values])
print(['{}'.format(v) for v in values])
print([f'{v:.3}' for v in values])
print([f'{v:.3f}' for v in values])
print([f'{v:g}' for v in values])
print([format(v, 'e') for v in values[:4]])
print(str(1.0 + 2.0), str(3 * 0.1), str(1e22), str(1e21), str(12345678.9))
