# A mapping pattern item after `**rest` is a SyntaxError reported at the item's first token:
# the `**` of a second rest, the key of a key pattern; `**_` is reported at the `_`.
def syn(src):
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset, e.end_offset)
syn('match x:\n    case {**a, **b}: pass')
syn('match x:\n    case {**a, **b, 1: c}: pass')
syn('match x:\n    case {**a, 1: b}: pass')
syn("match x:\n    case {'k': v, **a, 'j': w}: pass")
syn('match x:\n    case {**_}: pass')
syn('match x:\n    case {**rest}: pass')
syn("match x:\n    case {'k': 1, **rest}: pass")
