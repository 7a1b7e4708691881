_C__secret = 'mangled secret'
__secret = 'plain secret'
_C__value = 1
_Inner__deep = 'inner mangled'
