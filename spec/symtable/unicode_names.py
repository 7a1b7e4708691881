café = 1
def función(naïve):
    日本 = naïve
    def inner():
        return 日本, café
    return inner
