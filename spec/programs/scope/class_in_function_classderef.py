# A class body inside a function sees the function's variables (through cells).
def make(tag):
    counter = 0

    class Tagged:
        label = tag
        doubled = tag * 2
        print('class body sees', tag, counter)

        def describe(self):
            return label_fn(tag)

    def label_fn(t):
        return '<' + t + '>'
    return Tagged


T = make('ab')
print(T.label, T.doubled)
print(T().describe())


def late():
    class K:
        def get(self):
            return value
        try:
            snapshot = value
        except NameError as e:
            snapshot = type(e).__name__ + ': ' + str(e)
    value = 'bound later'
    return K


K = late()
print(K.snapshot)
print(K().get())
