# Custom exception classes with extra attributes and hierarchy.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field


class RangeError(ValidationError):
    def __init__(self, field, low, high, value):
        super().__init__(field, f'{value} not in [{low}, {high}]')
        self.value = value


def validate(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be int')
    if not 0 <= age <= 150:
        raise RangeError('age', 0, 150, age)
    return age


for value in (30, 'x', 200):
    try:
        print('valid', validate(value))
    except RangeError as e:
        print('range', e, e.field, e.value, e.args)
    except ValueError as e:
        print('value', type(e).__name__, e, e.field)
print(RangeError.__mro__[:3])
