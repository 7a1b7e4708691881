import os
import os.path
import xml.dom.minidom as md
import a.b.c
from . import sibling
from .. import parent as par
from pkg.mod import name1, name2 as alias2
from pkg import *
def f():
    import json
    from collections import OrderedDict as OD
    import email.mime
    return json, OD, email, os
class C:
    import sys
    from math import pi
