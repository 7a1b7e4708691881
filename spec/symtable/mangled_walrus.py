class C:
    def m(self, data):
        __seen = 0
        return [(__seen := d) for d in data], [__y for __y in data]
