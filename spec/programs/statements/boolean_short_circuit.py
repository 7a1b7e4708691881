# and/or return one of their operands and evaluate lazily; not always returns a bool.
log = []


def t(label, value):
    log.append(label)
    return value


print(t('a', 0) and t('b', 1), log)
log.clear()
print(t('a', 1) or t('b', 2), log)
log.clear()
print(t('a', []) or t('b', '') or t('c', 'last'), log)
log.clear()
print(t('a', 1) and t('b', 'x') and t('c', None) and t('d', 5), log)
print(not 'x', not '', not None, type(not 1).__name__)
print([] or {}, 0 and 1 / 0, 'a' or 1 / 0, None and None.attr)
print((1 and 2) or 3, 1 and (2 or 3), not (1 and 0))
