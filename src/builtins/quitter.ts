// exit, quit, copyright, credits, license and help: the objects CPython's `site` module adds to
// builtins (_sitebuiltins.Quitter, _Printer and _Helper). Calling exit/quit raises
// SystemExit(code); the printers print their text; their reprs are what the interactive user sees.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { T } from '../objects/types.js';
import { None } from '../objects/singletons.js';
import { E, newException } from '../objects/exception.js';
import { bindNative } from '../objects/native.js';
import { makeBuiltinType } from '../objects/str.js';
import { writeToStream, currentSysStream } from './io.js';

class PySiteObject extends PyObj {
  constructor(cls: PyType, readonly name: string, readonly text: string) {
    super(cls, null);
  }
}

function siteType(name: string): PyType {
  return T['_sitebuiltins.' + name] ?? makeBuiltinType('_sitebuiltins.' + name);
}

const COPYRIGHT = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';
const CREDITS = '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n' +
  '    for supporting Python development.  See www.python.org for more information.';
const LICENSE = 'Type license() to see the full license text';
const HELP = 'Type help() for interactive help, or help(object) for help about object.';

/** The site-provided objects for the builtins module. */
export function makeQuitters(): Record<string, PyObject> {
  const q = siteType('Quitter');
  q.slots.repr = (self) => `Use ${(self as PySiteObject).name}() or Ctrl-D (i.e. EOF) to exit`;
  q.slots.call = (self, args, kwnames) => {
    const [code] = bindNative((self as PySiteObject).name, ['code'], args, kwnames);
    throw newException(E.SystemExit, [code ?? None]);
  };
  const p = siteType('_Printer');
  p.slots.repr = (self) => (self as PySiteObject).text;
  p.slots.call = (self, args, kwnames) => {
    bindNative((self as PySiteObject).name, [], args, kwnames);
    const out = currentSysStream('stdout');
    if (out !== undefined && out !== None) writeToStream(out, (self as PySiteObject).text + '\n');
    return None;
  };
  const h = siteType('_Helper');
  h.slots.repr = () => HELP;
  return {
    exit: new PySiteObject(q, 'exit', ''),
    quit: new PySiteObject(q, 'quit', ''),
    copyright: new PySiteObject(p, 'copyright', COPYRIGHT),
    credits: new PySiteObject(p, 'credits', CREDITS),
    license: new PySiteObject(p, 'license', LICENSE),
    help: new PySiteObject(h, 'help', HELP),
  };
}
