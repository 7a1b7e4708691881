# cmath over a grid of special values (signed zeros, infinities, NaN): C99 Annex G results,
# and which combinations raise ValueError / OverflowError.
import cmath

inf = float('inf')
nan = float('nan')
vals = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.5, inf, nan]
names = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
         'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'phase', 'polar',
         'isfinite', 'isinf', 'isnan']
for name in names:
    fn = getattr(cmath, name)
    row = []
    for x in vals:
        for y in vals:
            try:
                r = fn(complex(x, y))
            except (ValueError, OverflowError) as e:
                r = type(e).__name__
            row.append(str(r))
    print(name, ' '.join(row))
for r in vals:
    out = []
    for phi in vals:
        try:
            out.append(str(cmath.rect(r, phi)))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print('rect', r, ' '.join(out))
