# sys.flags under the corpus's PYTHONHASHSEED=0: hash randomization is off, str hashes are fixed.
import sys

print(sys.flags.hash_randomization, type(sys.flags.hash_randomization).__name__)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(hash('abc'), hash(b'abc'), hash(''))
print(sorted(n for n in dir(sys.flags) if not n.startswith('_'))[:5])
