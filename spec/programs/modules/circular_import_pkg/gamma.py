from .delta import D_VALUE
G_VALUE = 'g'
