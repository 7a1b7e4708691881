# An untrapped-looking program: Decimal('abc') raises InvalidOperation listing the condition
# (decimal.ConversionSyntax), and the uncaught exception's last traceback line names it
from decimal import Decimal, getcontext

print(Decimal('1.5') + 1)
print(getcontext().traps)
print(Decimal('abc'))
