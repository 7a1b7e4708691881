print('beta: start')
from . import alpha
print('beta: alpha partially initialised, has A_CONST:', hasattr(alpha, 'A_CONST'))
B_CONST = 'b'


def from_beta():
    return 'beta -> ' + alpha.from_alpha()
