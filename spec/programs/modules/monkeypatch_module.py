# Rebinding a module's global from outside is seen by functions inside the module.
from monkeypatch_pkg import greeter
from monkeypatch_pkg.greeter import helper, PREFIX

print(greeter.greet('ada lovelace'))
greeter.helper = lambda name: name.upper()
print(greeter.greet('ada lovelace'))
print(helper('copied before patch'), PREFIX)
greeter.PREFIX = 'Hi'
print(greeter.greet('bob'), PREFIX)
greeter.set_prefix('Hey')
print(greeter.greet('bob'), greeter.PREFIX)
setattr(greeter, 'helper', helper)
print(greeter.greet('restored'))
del greeter.PREFIX
try:
    greeter.greet('x')
except NameError as e:
    print(type(e).__name__, e)
vars(greeter)['PREFIX'] = 'Via vars'
print(greeter.greet('z'))
