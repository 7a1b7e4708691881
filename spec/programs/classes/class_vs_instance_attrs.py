# Class attributes are shared until an instance assignment shadows them.
class Config:
    level = 1
    tags = []

    def bump(self):
        self.level += 1


a, b = Config(), Config()
a.bump()
print(a.level, b.level, Config.level, a.__dict__, b.__dict__)
a.tags.append('shared')
print(b.tags, Config.tags)
Config.level = 10
print(a.level, b.level)
del a.level
print(a.level)
try:
    del a.level
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Config.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Config, 'level'), vars(Config)['level'])
