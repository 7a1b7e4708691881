import sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if isinstance(r, (str, bytes)) else r if not isinstance(r, int) or r.bit_length() < 64 else r.bit_length())
    except Exception as e:
        print(label, type(e).__name__, e)
big = 10 ** 5000
t('str', lambda: str(big)); t('repr', lambda: repr(big)); t('format', lambda: format(big)); t('format d', lambda: format(big, 'd')); t('format ,', lambda: format(big, ',')); t('%d', lambda: '%d' % big)
t('%s', lambda: '%s' % big); t('fstr', lambda: f'{big}'); t('f x', lambda: f'{big:x}'); t('hex', lambda: hex(big)); t('bin', lambda: bin(big)); t('oct', lambda: oct(big)); t('%x', lambda: '%x' % big)
t('int dec', lambda: int('1' * 5000)); t('int hex', lambda: int('f' * 5000, 16)); t('int b36', lambda: int('z' * 5000, 36)); t('int b8', lambda: int('7' * 5000, 8)); t('int 0x', lambda: int('0x' + 'f' * 5000, 0))
t('float str', lambda: float('1' * 5000)); t('int from float str', lambda: int(float('9' * 400)) if False else 'skip')
t('print', lambda: print(big) if False else 'skip')
t('str neg', lambda: str(-big)); t('list repr', lambda: repr([big])); t('%i', lambda: '%i' % big); t('%5d', lambda: '%5d' % -big)
t('bytes %d', lambda: b'%d' % big); t('format n', lambda: format(big, 'n')); t('format e', lambda: format(big, 'e')); t('format f', lambda: format(big, '.1f'))
t('json-like', lambda: str({1: big}))
sys.set_int_max_str_digits(0)
t('unlimited str', lambda: str(big)); t('unlimited int', lambda: int('1' * 5000))
sys.set_int_max_str_digits(5001)
t('limit 5001', lambda: str(big)); t('limit 5001 int', lambda: int('1' * 5002))
t('set bad', lambda: sys.set_int_max_str_digits(100)); t('set neg', lambda: sys.set_int_max_str_digits(-1)); t('get', lambda: sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
