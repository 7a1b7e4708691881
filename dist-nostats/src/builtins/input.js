// input(prompt): CPython's builtin_input for non-interactive streams: flush sys.stderr, write
// the prompt to sys.stdout and flush it, then read one line from sys.stdin (synchronously
// from fd 0 for the default stdin, else via sys.stdin.readline()).
import { PyObj } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { E, newError } from '../objects/exception.js';
import { typeError, str as pyStr, getAttr, call } from '../objects/protocol.js';
import { positional } from './args.js';
import { strValue } from './text.js';
import { currentSysStream, writeToStream, callStreamMethod, readStdinLine, stdStreamObjects } from './io.js';
function stream(name) {
    const s = currentSysStream(name);
    if (s === undefined || s === None)
        throw newError(E.RuntimeError, `input(): lost sys.${name}`);
    return s;
}
export function builtinInput(args, kwnames) {
    positional('input', args, kwnames, 0, 1);
    const fin = stream('stdin');
    const fout = stream('stdout');
    const ferr = stream('stderr');
    try {
        callStreamMethod(ferr, 'flush', []);
    }
    catch (e) {
        if (!(e instanceof PyObj))
            throw e;
    }
    if (args.length === 1)
        writeToStream(fout, pyStr(args[0]));
    callStreamMethod(fout, 'flush', []);
    let line;
    if (fin === stdStreamObjects().stdin && !stdStreamObjects().stdin.closed) {
        line = readStdinLine();
    }
    else {
        const r = call(getAttr(fin, 'readline'), []);
        const s = strValue(r);
        if (s === undefined)
            typeError('object.readline() returned non-string');
        line = s;
    }
    if (line === '')
        throw newError(E.EOFError, 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
}
//# sourceMappingURL=input.js.map