# __notes__ that is a str is still a sequence: the uncaught-exception printer writes its
# characters one per line, so the last line of stderr is its last character.
e = ValueError('x')
e.__notes__ = 'ab'
print(e.__notes__)
raise e
