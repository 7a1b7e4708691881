class T:
    @property
    def value(self):
        return self._value * 2
t = T()
print(t.value)
