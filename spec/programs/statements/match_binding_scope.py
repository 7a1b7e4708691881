# Names captured by patterns are ordinary bindings in the enclosing scope, even on a failed match.
def f(v):
    match v:
        case [a, b] if a > b:
            result = 'descending'
        case [a, b]:
            result = 'not descending'
        case _:
            result = 'other'
    return result, sorted(k for k in locals() if k in ('a', 'b'))


print(f([2, 1]), f([1, 2]), f('x'))
match (1, 2):
    case (first, second):
        pass
print(first, second)
match {'k': 'v'}:
    case {'k': captured} as whole:
        print(captured, whole)
print('captured' in globals())
