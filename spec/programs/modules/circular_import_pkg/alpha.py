print('alpha: start')
from . import beta
print('alpha: imported beta, beta.B_CONST =', beta.B_CONST)
A_CONST = 'a'


def call_beta():
    return 'alpha -> ' + beta.from_beta()


def from_alpha():
    return 'alpha answered'
