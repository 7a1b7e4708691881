// The Python 3.11 tokenizer: source text -> Tok[] (grammar/tokens.ts) for the Chevrotain parser.
//
// A hand-written scanner over charCodeAt that follows CPython's Parser/tokenizer.c: the same
// tokens, the same positions (lines 1-based, columns 0-based UTF-8 byte offsets, end exclusive)
// and the same errors (message, line, 1-based character offset, text) as `compile()` reports.
//
// Token positions worth knowing (they are CPython's C tokenizer's, not the `tokenize` module's):
// - NEWLINE: image ''. Starts at the '\n' (or at the '#' of a comment that ends the line) and ends
//   at the '\n' (endColumn = column of the '\n': zero width unless there is a comment). A source
//   whose last line has no '\n' gets one (CPython appends it), so its NEWLINE sits at the line end.
// - INDENT / DEDENT (image ''): zero width at the first token of the line.
// - DEDENTs at end of input and ENDMARKER: zero width on the LAST line of the source at column
//   len(line)+1 (as if past its '\n'). CPython gives these tokens no column (-1) and, when the
//   parser reports an error at one of them (e.g. "unexpected indent", "expected an indented
//   block ..."), uses the distance from the line start to the tokenizer's position as the
//   1-based offset. So for INDENT/DEDENT/ENDMARKER, CPython's error `offset` is startColumn
//   itself (converted to characters), not startColumn + 1.
// - startOffset/endOffset index the NORMALIZED source (normalizeSource(): \r\n and \r
//   turned into \n); endOffset is inclusive (endOffset = startOffset - 1 for zero-width tokens).
//
// Errors. CPython reports some tokenizer errors as soon as the tokenizer meets them (invalid
// numbers, unterminated strings, invalid characters, unmatched brackets: they even take priority
// over a parser error earlier in the file) and others only when the PARSER pulls the bad token
// (so an earlier parser error wins): "unindent does not match any outer indentation level",
// TabError, "too many levels of indentation", "unexpected character after line continuation
// character", "unexpected EOF while parsing" and "'(' was never closed". By default tokenize()
// throws every error. With `deferErrors: true` it throws only the first group; an error of the
// second group ends the token list with an ErrorToken (no ENDMARKER) whose `payload` is the
// PySyntaxError, for the parser to throw if it gets that far.
//
// Tokens the parser must reject with "invalid syntax": `$`, `?`, '`' and `<>` become ErrorToken
// tokens; `!` alone is Exclamation (meaningful only inside f-string fields).
// A number immediately followed by one of the keywords and/else/for/if/in/is/not/or (`1if x
// else y`) is accepted as CPython 3.11 does (it only emits a SyntaxWarning, which we drop).

import type { TokenType } from './chevrotain.js';
import { PySyntaxError, parseWarnings, type SyntaxErrorType } from './errors.js';
import * as T from './tokens.js';
import type { Tok } from './tokens.js';

export interface TokenizeOptions {
  /** For error messages; default '<unknown>'. */
  filename?: string;
  /** Line number of the first line (default 1). */
  startLine?: number;
  /** Added to the columns (and error offsets) of everything on the first line (default 0). */
  startCol?: number;
  /** Return parser-reported errors as a final ErrorToken instead of throwing (see above). */
  deferErrors?: boolean;
  /** The source of 'eval'/'single' input: CPython gives it no implicit final newline, so a
   *  backslash at its very end is followed by no '\n' ("unexpected character after line
   *  continuation character"), and a last line of blanks is not blank (in 'single' mode only
   *  when it is the whole input). */
  noImplicitNewline?: 'eval' | 'single';
}

/** The source as CPython's tokenizer sees it: every line ending turned into '\n'. A BOM is the file
 *  reader's business (readSourceFile drops it); in a str it is an invalid character, as in CPython. */
export function normalizeSource(source: string, filename = '<unknown>'): string {
  let s = source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('\0') >= 0) {
    // Raised before tokenizing (_Py_SourceAsString): no location at all.
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 0, 0, null).withoutLocation();
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Character classes

const C_START = 1; // a-z A-Z _
const C_DIGIT = 2; // 0-9
const CLS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLS[c] = C_START;
for (let c = 65; c <= 90; c++) CLS[c] = C_START;
CLS[95] = C_START;
for (let c = 48; c <= 57; c++) CLS[c] = C_DIGIT;

/** String prefix letters: b=1 r=2 u=4 f=8 (either case). */
function prefixBit(c: number): number {
  switch (c) {
    case 98: case 66: return 1;
    case 114: case 82: return 2;
    case 117: case 85: return 4;
    case 102: case 70: return 8;
    default: return 0;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const KW = new Map<string, TokenType>(Object.entries(T.KEYWORDS));

// Identifier characters of Python 3.11 (Unicode 14.0, as CPython's XID_Start / XID_Continue) and
// the characters it counts as non-printable, for code points >= 0x80. JS's \p{ID_Start} follows a
// newer Unicode and differs, hence tables. Encoding: ranges [a, b] as base-36 deltas
// "a0-0, b0-a0, a1-b0, b1-a1, ...", generated with python3 from
//   [c for c in range(0x80, 0x110000) if chr(c).isidentifier()]            (START)
//   [c for c in range(0x80, 0x110000) if ('a' + chr(c)).isidentifier()]    (CONTINUE)
//   [c for c in range(0x80, 0x110000) if not chr(c).isprintable()]        (NONPRINTABLE)
const ENC_START = '4q,0,b,0,5,0,6,m,2,u,2,cp,5,b,f,4,8,0,2,0,3m,4,2,1,4,2,2,0,7,0,2,2,2,0,2,j,2,2a,2,3u,9,4l,2,11,3,0,7,14,20,q,5,3,1a,16,10,1,2,2q,2,0,g,1,8,1,b,2,3,0,h,0,2,t,u,2g,c,0,p,w,a,1,5,0,6,l,5,0,a,0,4,0,o,o,8,a,6,n,2,5,i,15,1n,1h,4,0,j,0,8,9,g,f,5,7,3,1,3,l,2,6,2,0,4,3,4,0,h,0,e,1,2,2,f,1,b,0,9,5,5,1,3,l,2,6,2,1,2,1,2,1,w,3,2,0,k,2,h,8,2,2,2,l,2,6,2,1,2,4,4,0,j,0,g,1,o,0,c,7,3,1,3,l,2,6,2,1,2,4,4,0,v,1,2,2,g,0,i,0,2,5,4,2,2,3,4,1,2,0,2,1,4,1,4,2,4,b,n,0,1h,7,2,2,2,m,2,f,4,0,r,2,3,0,3,1,v,0,5,7,2,2,2,m,2,9,2,4,4,0,w,1,2,1,g,1,i,8,2,2,2,14,3,0,h,0,6,2,9,2,p,5,6,h,4,n,2,8,2,0,3,6,1n,1b,2,0,e,6,1n,1,2,0,2,4,2,n,2,0,2,9,2,0,b,0,3,4,2,0,m,3,x,0,1s,7,2,z,s,4,38,16,l,0,h,5,5,3,4,0,4,1,8,2,5,c,d,0,i,11,2,0,6,0,3,16,2,98,2,3,3,6,2,0,2,3,3,14,2,3,3,w,2,3,3,6,2,0,2,3,3,e,2,1k,2,3,3,1u,12,f,h,2d,3,5,4,h7,3,g,2,p,6,22,4,a,8,h,e,i,f,h,f,c,2,2,g,1f,10,0,5,0,1w,2g,8,14,2,0,6,1x,b,u,1e,t,3,4,c,17,5,p,1j,m,a,1g,2b,0,2m,1a,i,7,1j,t,e,1,b,17,r,z,16,2,b,z,3,8,8,16,3,2,16,3,2,5,2,1,4,0,6,5b,1t,7p,3,5,3,11,3,5,3,7,2,0,2,0,2,0,2,u,3,1g,2,6,2,0,4,2,2,6,4,3,3,5,5,c,6,2,2,6,39,0,e,0,h,c,2u,0,5,0,3,9,2,0,3,5,7,0,2,0,2,0,2,f,3,3,6,4,5,0,i,14,22g,6c,7,3,4,1,d,11,2,0,6,0,3,1j,8,0,h,m,a,6,2,6,2,6,2,6,2,6,2,6,2,6,2,6,fb,2,q,8,8,4,3,4,5,2d,7,2,2,2h,2,3,6,16,2,2l,i,v,1d,f,e9,533,1t,h3g,1w,19,3,7g,4,f,b,1,l,1a,h,u,3,27,14,8,3,2u,3,1r,6,1,2,0,2,4,p,f,2,2,2,3,2,m,u,1f,f,1d,1r,5,4,0,2,1,c,r,b,m,q,s,8,1a,t,0,h,4,2,9,b,4,2,14,o,2,2,7,l,m,4,0,4,1d,2,0,4,1,3,4,3,0,2,0,p,2,3,a,8,2,d,5,3,5,3,5,a,6,2,6,2,16,2,d,7,36,u,8mb,d,m,5,1c,6it,a5,3,2x,13,6,d,4,6,0,2,9,2,c,2,4,2,0,2,1,2,1,2,2z,y,3u,7,61,j,1r,3,1h,15,9,3c,0,2,0,4,0,2,0,2,0,2,0,2,3h,11,p,7,p,c,1j,3,u,4,5,3,5,3,5,3,2,10,b,2,p,2,i,2,1,2,e,3,d,z,3e,1y,1g,7g,s,4,1c,1c,v,e,t,6,11,b,t,3,z,5,7,2,4,17,4d,j,z,5,z,5,13,9,1f,d,a,2,e,2,6,2,1,2,a,2,e,2,6,2,1,1w,8m,a,l,b,7,p,5,2,15,2,8,1y,5,3,0,2,17,2,1,4,0,3,m,b,m,a,u,1u,i,2,1,b,l,b,p,1z,1j,7,1,1t,0,g,3,2,2,2,s,17,s,4,s,10,7,2,r,s,1h,b,l,b,i,e,h,33,20,1k,1e,e,1e,e,z,9p,15,7,1,27,s,b,0,9,l,17,h,1b,k,s,m,d,1g,1m,1,3,0,e,18,x,o,r,z,u,0,3,0,9,y,4,0,d,1b,f,3,m,0,2,0,10,h,2,o,2d,6,2,0,2,3,2,e,2,9,8,1a,13,7,3,1,3,l,2,6,2,1,2,4,4,0,j,0,d,4,4f,1g,j,3,l,2,v,1b,l,1,2,0,55,1a,16,3,11,1b,l,0,1o,16,e,0,20,q,12,6,56,17,39,1r,w,7,3,0,3,7,2,1,2,n,g,0,2,0,2n,7,3,12,h,0,2,0,t,0,b,13,8,0,m,0,c,19,k,0,j,20,7c,8,2,10,i,0,1e,t,35,6,2,1,2,11,m,0,q,5,2,1,2,v,f,0,94,i,5a,0,28,pl,2v,32,i,5f,219,2o,g,tq,34i,g6,6nu,fs,8,u,i,26,i,t,j,1b,h,3,w,k,6,i,j5,1r,3l,22,6,0,1v,c,1t,1,2,0,t,4qf,9,yd,17,8,6w8,3,2,6,2,1,2,82,1a,2,i,3,9,az,1s5,2y,6,c,4,8,8,9,4mf,2c,2,1y,2,1,3,0,3,1,3,3,2,b,2,0,2,6,2,1s,2,3,3,7,2,6,2,r,2,3,2,4,2,0,4,6,2,9f,3,o,2,o,2,u,2,o,2,u,2,o,2,u,2,o,2,u,2,o,2,7,1f9,u,de,18,b,6,h,0,8y,t,j,17,z9,6,2,3,2,1,2,e,2,5g,1o,1v,8,0,xh,3,2,q,2,1,2,0,3,0,2,9,2,3,2,0,2,0,7,0,5,0,2,0,2,0,2,2,2,1,2,0,3,0,2,0,2,0,2,0,2,0,2,1,2,0,3,3,2,6,2,3,2,3,2,0,2,9,2,g,6,2,2,4,2,g,3et,wyn,x,37c,8,65,3,4g1,f,5rk,2e8,f1,15v,3t6';
const ENC_CONTINUE = '4q,0,b,0,2,0,3,0,6,m,2,u,2,cp,5,b,f,4,8,0,2,0,i,38,2,1,4,2,2,0,7,4,2,0,2,j,2,2a,2,3u,2,4,3,4l,2,11,3,0,7,14,9,18,2,0,2,1,2,1,2,0,9,q,5,3,u,a,6,21,5,2t,2,7,3,9,2,i,3,0,h,1m,3,2s,f,1h,5,0,3,0,3,19,j,r,5,a,6,n,2,5,a,21,2,3k,3,9,2,i,2,7,3,1,3,l,2,6,2,0,4,3,3,8,3,1,3,3,9,0,5,1,2,4,3,b,b,0,2,0,3,2,2,5,5,1,3,l,2,6,2,1,2,1,2,1,3,0,2,4,5,1,3,2,4,0,8,3,2,0,8,f,c,2,2,8,2,2,2,l,2,6,2,1,2,4,3,9,2,2,2,2,3,0,g,3,3,9,a,6,2,2,2,7,3,1,3,l,2,6,2,1,2,4,3,8,3,1,3,2,8,2,5,1,2,4,3,9,2,0,h,1,2,5,4,2,2,3,4,1,2,0,2,1,4,1,4,2,4,b,5,4,4,2,2,3,3,0,7,0,f,9,h,c,2,2,2,m,2,f,3,8,2,2,2,3,8,1,2,2,3,0,3,3,3,9,h,3,2,7,2,2,2,m,2,9,2,4,3,8,2,2,2,3,8,1,7,1,2,3,3,9,2,1,e,c,2,2,2,1e,2,2,2,4,6,3,8,4,3,9,b,5,2,2,2,h,4,n,2,8,2,0,3,6,4,0,5,5,2,0,2,7,7,9,3,1,e,1l,6,e,2,9,14,1,2,0,2,4,2,n,2,0,2,m,3,4,2,0,2,5,3,9,3,3,x,0,o,1,7,9,c,0,2,0,2,0,5,9,2,z,5,j,2,h,2,z,a,0,1m,21,7,25,3,11,2,0,6,0,3,16,2,98,2,3,3,6,2,0,2,3,3,14,2,3,3,w,2,3,3,6,2,0,2,3,3,e,2,1k,2,3,3,1u,3,2,a,8,f,f,h,2d,3,5,4,h7,3,g,2,p,6,22,4,a,8,l,a,l,c,j,d,c,2,2,2,1,d,2b,4,0,5,1,3,9,y,2,2,a,7,2g,8,16,6,1x,b,u,2,b,5,b,b,13,3,4,c,17,5,p,7,a,12,r,5,1q,2,s,3,a,7,9,e,0,9,d,2,f,1e,24,4,9,i,8,d,37,d,1j,9,9,4,1c,3,8,8,16,3,2,h,2,2,12,6,et,3,5,3,11,3,5,3,7,2,0,2,0,2,0,2,u,3,1g,2,6,2,0,4,2,2,6,4,3,3,5,5,c,6,2,2,6,1v,1,k,0,t,0,e,0,h,c,1g,c,5,0,4,b,i,0,5,0,3,9,2,0,3,5,7,0,2,0,2,0,2,f,3,3,6,4,5,0,i,14,22g,6c,7,8,d,11,2,0,6,0,3,1j,8,0,g,n,a,6,2,6,2,6,2,6,2,6,2,6,2,6,2,6,2,v,ee,2,q,e,2,4,3,4,5,2d,3,1,3,2,2,2h,2,3,6,16,2,2l,i,v,1d,f,e9,533,1t,h3g,1w,19,3,7g,4,r,l,1b,5,9,2,36,12,8,3,2u,3,1r,6,1,2,0,2,4,p,1h,5,0,k,1f,d,1x,b,9,7,n,4,0,2,1c,3,z,d,s,4,1s,f,a,7,u,2,1i,a,d,3,9,7,m,4,20,p,2,3,f,3,4,b,5,3,5,3,5,a,6,2,6,2,16,2,d,7,3e,2,1,3,9,7,8mb,d,m,5,1c,6it,a5,3,2x,13,6,d,4,6,b,2,c,2,4,2,0,2,1,2,1,2,2z,y,3u,7,61,j,1r,3,1h,15,9,7,f,h,f,4,1,p,2,y,0,2,0,4,0,2,0,2,0,2,0,2,3h,k,9,8,p,5,0,2,p,c,2g,4,5,3,5,3,5,3,2,10,b,2,p,2,i,2,1,2,e,3,d,z,3e,1y,1g,3t,0,3n,s,4,1c,g,0,w,v,e,t,6,16,6,t,3,z,5,7,2,4,17,4d,3,9,7,z,5,z,5,13,9,1f,d,a,2,e,2,6,2,1,2,a,2,e,2,6,2,1,1w,8m,a,l,b,7,p,5,2,15,2,8,1y,5,3,0,2,17,2,1,4,0,3,m,b,m,a,u,1u,i,2,1,b,l,b,p,1z,1j,7,1,1t,3,2,1,6,7,2,2,2,s,3,2,5,0,x,s,4,s,10,7,2,t,q,1h,b,l,b,i,e,h,33,20,1k,1e,e,1e,e,13,9,9,93,15,2,1,4,1,27,s,b,0,9,w,w,l,17,k,s,m,a,1y,w,f,a,1n,8,0,e,o,8,9,7,1g,2,9,5,3,9,z,3,0,a,1w,5,3,2,c,2,0,10,h,2,10,7,0,1u,6,2,0,2,3,2,e,2,9,8,1m,6,9,7,3,2,7,3,1,3,l,2,6,2,1,2,4,2,9,3,1,3,2,3,0,7,0,6,6,3,6,4,4,3w,22,6,9,5,3,v,1x,2,0,9,9,4n,1h,3,8,o,5,z,1s,4,0,c,9,13,1k,8,9,1j,q,3,e,5,9,7,6,56,1m,2u,21,m,7,3,0,3,7,2,1,2,t,2,1,3,8,d,9,1z,7,3,19,3,7,2,1,s,1q,9,0,9,21,4,0,j,20,7c,8,2,18,2,8,g,9,p,t,3,l,2,d,22,6,2,1,2,17,4,0,2,1,2,8,9,9,7,5,2,1,2,10,2,1,2,5,8,9,8n,m,56,0,28,pl,2v,32,i,5f,219,2o,g,tq,34i,g6,6nu,fs,8,u,2,9,7,26,2,9,7,t,3,4,c,1i,a,3,d,9,a,k,6,i,j5,1r,3l,22,5,1k,8,g,1t,1,2,1,c,1,f,4qf,9,yd,17,8,6w8,3,2,6,2,1,2,82,1a,2,i,3,9,az,1s5,2y,6,c,4,8,8,9,4,1,3mq,19,3,m,f3,4,4,5,9,7,3,6,v,3,45,2,cc,2c,2,1y,2,1,3,0,3,1,3,3,2,b,2,0,2,6,2,1s,2,3,3,7,2,6,2,r,2,3,2,4,2,0,4,6,2,9f,3,o,2,o,2,u,2,o,2,u,2,o,2,u,2,o,2,u,2,o,2,7,3,1d,e9,1i,5,1d,9,0,f,0,n,4,2,e,up,u,6a,6,2,g,3,6,2,1,2,4,5y,18,4,d,3,9,5,0,8y,u,i,1l,yv,6,2,3,2,1,2,e,2,5g,c,6,16,23,5,9,x3,3,2,q,2,1,2,0,3,0,2,9,2,3,2,0,2,0,7,0,5,0,2,0,2,0,2,2,2,1,2,0,3,0,2,0,2,0,2,0,2,0,2,1,2,0,3,3,2,6,2,3,2,3,2,0,2,9,2,g,6,2,2,4,2,g,2lx,9,sn,wyn,x,37c,8,65,3,4g1,f,5rk,2e8,f1,15v,3t6,fcmu,6n';
const ENC_NONPRINTABLE = '3k,w,d,0,jv,1,7,3,8,0,2,0,l,0,b2,0,13,1,1f,1,4,0,1k,7,s,3,7,g,n,0,5d,0,1d,1,1o,1,2u,d,1o,1,1e,1,g,0,t,1,2,0,c,4,w,8,23,0,4i,0,9,1,3,1,n,0,8,0,2,2,5,1,a,1,3,1,5,7,2,3,3,0,6,1,q,1,4,0,7,3,3,1,n,0,8,0,3,0,3,0,3,1,2,0,6,3,3,1,4,2,2,6,5,0,2,6,i,9,4,0,a,0,4,0,n,0,8,0,3,0,6,1,b,0,4,0,4,1,2,e,5,1,d,6,8,0,4,0,9,1,3,1,n,0,8,0,3,0,6,1,a,1,3,1,4,6,4,3,3,0,6,1,j,9,3,0,7,2,4,0,5,2,3,0,2,0,3,2,3,2,4,2,d,3,6,2,4,0,5,1,2,5,2,d,m,4,e,0,4,0,o,0,h,1,a,0,4,0,5,6,3,0,4,1,2,1,5,1,b,6,n,0,4,0,o,0,b,0,6,1,a,0,4,0,5,6,3,5,3,0,5,1,b,0,3,c,e,0,4,0,1g,0,4,0,7,3,h,1,r,0,4,0,j,2,p,0,a,0,2,1,8,2,2,3,7,0,2,0,9,5,b,1,4,b,1n,3,u,10,3,0,2,0,6,0,p,0,2,0,o,1,6,0,2,0,7,1,b,1,5,v,21,0,11,3,14,0,11,0,g,0,e,10,5j,0,2,4,2,1,ai,0,5,1,8,0,2,0,5,1,16,0,5,1,y,0,5,1,8,0,2,0,5,1,g,0,1m,0,5,1,1w,1,x,2,r,5,2f,1,7,1,ht,0,t,2,2i,6,n,8,p,8,l,b,e,0,4,0,3,b,2n,1,b,5,b,5,f,0,c,5,2i,6,18,4,1z,9,w,0,d,3,d,3,2,2,17,1,6,a,19,3,r,5,c,2,1r,1,1u,0,u,1,c,5,b,5,f,1,w,1c,26,2,1c,0,39,7,1p,2,g,2,1p,6,18,1,c,7,18,4,ev,1,7,1,13,1,7,1,9,0,2,0,2,0,2,0,w,1,1i,0,g,0,f,1,7,0,k,1,4,0,a,g,p,7,1c,g,3,1,s,0,e,2,y,e,y,e,3x,3,ig,o,c,k,1ed,1,x,0,9q,4,1a,0,2,4,2,1,1l,6,3,d,p,8,8,0,8,0,8,0,8,0,8,0,8,0,8,0,8,0,3j,x,r,0,2i,b,5z,p,d,4,1s,0,2f,1,2w,4,18,0,2n,0,2d,b,1c,0,mlq,2,1k,8,9p,j,55,7,5o,4,3,0,2,0,6,n,1o,2,b,5,1l,7,1z,7,d,5,39,a,v,2,27,0,c,3,y,0,1k,8,f,1,b,1,2w,n,t,9,7,1,7,1,7,8,8,0,8,0,1p,3,3j,1,b,5,8md,b,o,3,1e,6ir,a7,1,2z,11,8,b,6,4,r,0,6,0,2,0,3,0,3,0,3i,f,ce,1,1j,6,2,v,17,5,1g,0,k,0,5,3,6,0,3s,3,5b,2,7,1,7,1,7,1,4,2,8,0,8,c,3,1,d,0,r,0,k,0,3,0,g,1,f,x,3g,4,4,3,1a,2,2h,0,e,2,2,1a,1b,3l,u,2,1e,e,t,3,11,8,v,4,18,4,v,0,12,3,f,15,4f,1,b,5,11,3,11,3,15,7,1h,a,d,0,g,0,8,0,3,0,c,0,g,0,8,0,3,1u,8o,8,n,9,9,n,7,0,17,0,a,1w,7,1,2,0,19,0,3,2,2,1,o,0,21,7,a,1b,k,0,3,4,y,2,s,4,2,1r,1l,3,l,1,1f,0,3,4,9,0,4,0,u,1,4,3,b,6,a,6,1t,v,14,3,d,8,1j,2,u,1,s,4,r,6,5,b,8,27,22,1i,1g,c,1g,6,1b,7,b,85,w,0,17,0,4,1,3,25,15,7,17,l,r,11,t,j,o,8,27,3,11,8,1r,0,6,c,q,6,b,5,1i,0,j,7,14,8,2p,0,l,a,j,0,19,1s,8,0,2,0,5,0,g,0,c,5,1o,4,b,5,5,0,9,1,3,1,n,0,8,0,3,0,6,0,b,1,3,1,4,1,2,5,2,4,8,1,8,2,6,3u,2l,0,6,t,21,7,b,4l,1j,1,13,x,1y,a,b,5,e,i,1n,5,b,1h,s,1,g,3,o,54,1p,2r,2c,b,9,1,2,1,9,0,3,0,v,0,3,1,d,8,b,1x,9,1,1b,1,c,q,21,7,2c,c,22,7a,a,0,1a,0,f,9,u,2,x,1,n,0,f,20,8,0,3,0,19,2,2,0,3,0,a,7,b,5,7,0,3,0,12,0,3,0,7,6,b,8l,q,52,2,e,1f,c,po,2t,34,0,6,a,5h,217,2s,c,ts,34g,g8,6ns,fu,6,w,0,b,3,2a,0,b,5,v,1,7,9,1z,9,b,0,8,0,m,4,k,j3,2k,2s,24,3,1m,6,i,1r,6,a,3,d,4qh,7,yf,15,a,6w6,5,0,8,0,3,0,84,18,4,g,5,7,b1,1s3,30,4,e,2,a,6,b,1,5,3mn,1b,1,o,8,39,1n,6v,9,14,1,23,7,35,k,1z,49,l,b,2g,8,q,3q,2e,0,20,0,3,1,2,1,3,1,5,0,d,0,2,0,8,0,1u,0,5,1,9,0,8,0,t,0,5,0,6,0,2,2,8,0,9h,1,85,1,jj,e,6,0,g,un,w,68,8,0,i,1,8,0,3,0,6,5w,1a,2,f,1,b,3,3,8v,w,g,1n,4,2,yn,8,0,5,0,3,0,g,0,5i,1,h,14,25,3,b,3,3,ls,1x,23,1q,5d,5,0,s,0,3,0,2,1,2,0,b,0,5,0,2,0,2,5,2,3,2,0,2,0,2,0,4,0,3,0,2,1,2,0,2,0,2,0,2,0,2,0,3,0,2,1,5,0,8,0,5,0,5,0,2,0,b,0,i,4,4,0,6,0,i,1f,3,7h,19,3,2t,b,g,1,g,0,g,0,12,9,4v,1j,u,c,19,3,a,6,3,d,7,49,rd,4,h,2,e,2,39,b,2i,6,d,3,2,e,d,3,1l,7,b,5,15,7,v,1,3,25,9h,b,f,1,6,2,6,2,8,8,u,2,c,4,7,9,b,5,9,7,8,8,44,0,1k,10,b,sl,wyp,v,37e,6,67,1,4g3,d,5rm,2e6,f3,15t,3t8,fcms,6p,47bj';

let idStart: Uint32Array | null = null;
let idContinue: Uint32Array | null = null;
let nonPrintable: Uint32Array | null = null;

function decodeRanges(enc: string): Uint32Array {
  const parts = enc.split(',');
  const out = new Uint32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const a = prev + parseInt(parts[i], 36);
    const b = a + parseInt(parts[i + 1], 36);
    out[i] = a;
    out[i + 1] = b;
    prev = b;
  }
  return out;
}

function inRanges(r: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function isIdStart(cp: number): boolean {
  if (cp < 128) return CLS[cp] === C_START;
  return inRanges(idStart ??= decodeRanges(ENC_START), cp);
}
function isIdContinue(cp: number): boolean {
  if (cp < 128) return CLS[cp] !== 0;
  return inRanges(idContinue ??= decodeRanges(ENC_CONTINUE), cp);
}
function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp !== 127;
  return !inRanges(nonPrintable ??= decodeRanges(ENC_NONPRINTABLE), cp);
}

/** UTF-16 index of the first code point of `s` that may not appear in an identifier, or -1. */
function firstInvalidIdentChar(s: string): number {
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (!(i === 0 ? isIdStart(cp) : isIdContinue(cp))) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Positions and errors (cold paths)

/** Extra UTF-8 bytes (beyond one per UTF-16 unit) of src[from, to), added to `acc`. */
function utf8Extra(src: string, from: number, to: number, acc: number): number {
  for (let i = from; i < to; i++) {
    const u = src.charCodeAt(i);
    if (u >= 0x80) acc += u < 0x800 || (u & 0xf800) === 0xd800 ? 1 : 2;
  }
  return acc;
}

/** Number of code points in src[from, to). */
function cpCount(src: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const u = src.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff) n--;
  }
  return n;
}

/** The line starting at `ls`, without its '\n' or with it. */
function lineText(src: string, ls: number, withNewline: boolean): string {
  const e = src.indexOf('\n', ls);
  return e < 0 ? src.slice(ls) + (withNewline ? '\n' : '') : src.slice(ls, withNewline ? e + 1 : e);
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? '0000'.slice(h.length) + h : h;
}

/**
 * An error the tokenizer raises itself (CPython's syntaxerror()): offset = the number of
 * characters on the line before `cur` (CPython's tok->cur after the offending character),
 * text = the line without its '\n'.
 */
function tokError(filename: string, src: string, msg: string, lineNo: number, lineStart: number, cur: number, shift: number): PySyntaxError {
  const off = cpCount(src, lineStart, cur) + shift;
  return new PySyntaxError('SyntaxError', msg, filename, lineNo, off, lineText(src, lineStart, false), lineNo, off).fromTokenizer();
}

/** An error CPython's parser reports for the tokenizer (pegen's tokenizer_error()). */
function parserTokError(
  type: SyntaxErrorType, filename: string, src: string, msg: string, lineNo: number, lineStart: number,
  offset: number, endOffset: number,
): PySyntaxError {
  return new PySyntaxError(type, msg, filename, lineNo, offset, lineText(src, lineStart, true), lineNo, endOffset);
}

/**
 * A token. A class, not an object literal: a literal with these keys would share V8's map
 * transitions (and so the fields' representations) with Chevrotain's END_OF_FILE token, whose
 * positions are NaN, and every token would then hold its positions as boxed doubles; class
 * instances have their own maps, so the positions stay small ints.
 */
class Token implements Tok {
  image: string;
  startOffset: number;
  endOffset: number;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  tokenType: TokenType;
  tokenTypeIdx: number;
  /** Only an ErrorToken's (fail below). */
  declare payload?: unknown;
  constructor(image: string, so: number, eo: number, sl: number, sc: number, el: number, ec: number, tt: TokenType) {
    this.image = image;
    this.startOffset = so;
    this.endOffset = eo;
    this.startLine = sl;
    this.startColumn = sc;
    this.endLine = el;
    this.endColumn = ec;
    this.tokenType = tt;
    this.tokenTypeIdx = tt.tokenTypeIdx!;
  }
}

function mk(image: string, so: number, eo: number, sl: number, sc: number, el: number, ec: number, tt: TokenType): Tok {
  return new Token(image, so, eo, sl, sc, el, ec, tt);
}

/** Throw `err`, or (deferErrors) end the token list with an ErrorToken carrying it. */
function fail(toks: Tok[], err: PySyntaxError, defer: boolean, pos: number): Tok[] {
  if (!defer) throw err;
  const t = mk('', pos, pos - 1, err.lineno, err.offset > 0 ? err.offset - 1 : 0, err.lineno, err.offset > 0 ? err.offset - 1 : 0, T.ErrorToken);
  t.payload = err;
  toks.push(t);
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Numbers. scanNumber returns the end index of the literal, or -1 after setting numErr*.

let numErrMsg = '';
/** CPython's tok->cur at the error (the offset counts the characters before it). */
let numErrCur = 0;
/** For the leading-zeros error only: the exclusive end index (its offsets are in bytes). */
let numErrEnd = -1;

/** A number followed by a keyword (`1if`): the warning verifyEnd found, or null. */
let numWarnMsg: string | null = null;
let numWarnCur = 0;

function numFail(msg: string, cur: number): number {
  numErrMsg = msg;
  numErrCur = cur;
  numErrEnd = -1;
  return -1;
}

/** src continues at p with `word` and then a character that cannot continue an identifier. */
function keywordAt(src: string, p: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (src.charCodeAt(p + i) !== word.charCodeAt(i)) return false;
  const c = src.charCodeAt(p + word.length);
  return !(c >= 128 || CLS[c] !== 0);
}

/** CPython's verify_end_of_number: `p` is the index of the character after the literal. */
function verifyEnd(src: string, p: number, kind: string): number {
  const c = src.charCodeAt(p);
  if (c >= 128 || CLS[c] === 0) return p;
  let kw = false;
  switch (c) {
    case 97: kw = keywordAt(src, p + 1, 'nd'); break; // and
    case 101: kw = keywordAt(src, p + 1, 'lse'); break; // else
    case 102: kw = keywordAt(src, p + 1, 'or'); break; // for
    case 105: { // if in is
      const c2 = src.charCodeAt(p + 1);
      kw = c2 === 102 || c2 === 110 || c2 === 115;
      break;
    }
    case 111: kw = keywordAt(src, p + 1, 'r'); break; // or
    case 110: kw = keywordAt(src, p + 1, 'ot'); break; // not
  }
  if (kw) {
    // CPython: SyntaxWarning "invalid <kind> literal" (an error at p if the filters say so).
    numWarnMsg = `invalid ${kind} literal`;
    numWarnCur = p;
    return p;
  }
  return numFail(`invalid ${kind} literal`, p);
}

/** src[p] is a digit; consume digits with single underscores between them. */
function decimalTail(src: string, p: number): number {
  for (;;) {
    let c: number;
    do c = src.charCodeAt(++p); while (c >= 48 && c <= 57);
    if (c !== 95) return p;
    c = src.charCodeAt(++p);
    if (!(c >= 48 && c <= 57)) return numFail('invalid decimal literal', p);
  }
}

/** `p`: index after the '.'. */
function fraction(src: string, p: number): number {
  let c = src.charCodeAt(p);
  if (c >= 48 && c <= 57) {
    p = decimalTail(src, p);
    if (p < 0) return -1;
    c = src.charCodeAt(p);
  }
  if (c === 101 || c === 69) return exponent(src, p);
  if (c === 106 || c === 74) return verifyEnd(src, p + 1, 'imaginary');
  return verifyEnd(src, p, 'decimal');
}

/** `e`: index of the 'e'/'E'. */
function exponent(src: string, e: number): number {
  let p = e + 1;
  let c = src.charCodeAt(p);
  if (c === 43 || c === 45) {
    c = src.charCodeAt(++p);
    if (!isDigit(c)) return numFail('invalid decimal literal', p);
  } else if (!isDigit(c)) {
    // Not an exponent: the literal ends before the 'e' (`1else`), if that is acceptable.
    return verifyEnd(src, e, 'decimal') < 0 ? -1 : e;
  }
  p = decimalTail(src, p);
  if (p < 0) return -1;
  c = src.charCodeAt(p);
  if (c === 106 || c === 74) return verifyEnd(src, p + 1, 'imaginary');
  return verifyEnd(src, p, 'decimal');
}

function scanNumber(src: string, start: number): number {
  let p = start;
  let c = src.charCodeAt(p);
  if (c === 46) return fraction(src, p + 1); // .5
  if (c !== 48) {
    p = decimalTail(src, p);
    if (p < 0) return -1;
    c = src.charCodeAt(p);
    if (c === 46) return fraction(src, p + 1);
    if (c === 101 || c === 69) return exponent(src, p);
    if (c === 106 || c === 74) return verifyEnd(src, p + 1, 'imaginary');
    return verifyEnd(src, p, 'decimal');
  }
  c = src.charCodeAt(++p);
  if (c === 120 || c === 88) {
    c = src.charCodeAt(++p);
    do {
      if (c === 95) c = src.charCodeAt(++p);
      if (!isHex(c)) return numFail('invalid hexadecimal literal', p);
      do c = src.charCodeAt(++p); while (isHex(c));
    } while (c === 95);
    return verifyEnd(src, p, 'hexadecimal');
  }
  if (c === 111 || c === 79) {
    c = src.charCodeAt(++p);
    do {
      if (c === 95) c = src.charCodeAt(++p);
      if (c < 48 || c >= 56) {
        if (isDigit(c)) return numFail(`invalid digit '${String.fromCharCode(c)}' in octal literal`, p + 1);
        return numFail('invalid octal literal', p);
      }
      do c = src.charCodeAt(++p); while (c >= 48 && c < 56);
    } while (c === 95);
    if (isDigit(c)) return numFail(`invalid digit '${String.fromCharCode(c)}' in octal literal`, p + 1);
    return verifyEnd(src, p, 'octal');
  }
  if (c === 98 || c === 66) {
    c = src.charCodeAt(++p);
    do {
      if (c === 95) c = src.charCodeAt(++p);
      if (c !== 48 && c !== 49) {
        if (isDigit(c)) return numFail(`invalid digit '${String.fromCharCode(c)}' in binary literal`, p + 1);
        return numFail('invalid binary literal', p);
      }
      do c = src.charCodeAt(++p); while (c === 48 || c === 49);
    } while (c === 95);
    if (isDigit(c)) return numFail(`invalid digit '${String.fromCharCode(c)}' in binary literal`, p + 1);
    return verifyEnd(src, p, 'binary');
  }
  // A decimal starting with 0: only zeros, unless it turns out to be a float or imaginary.
  for (;;) {
    if (c === 95) {
      c = src.charCodeAt(++p);
      if (!isDigit(c)) return numFail('invalid decimal literal', p);
    }
    if (c !== 48) break;
    c = src.charCodeAt(++p);
  }
  const zerosEnd = p + 1;
  let nonzero = false;
  if (isDigit(c)) {
    nonzero = true;
    p = decimalTail(src, p);
    if (p < 0) return -1;
    c = src.charCodeAt(p);
  }
  if (c === 46) return fraction(src, p + 1);
  if (c === 101 || c === 69) return exponent(src, p);
  if (c === 106 || c === 74) return verifyEnd(src, p + 1, 'imaginary');
  if (nonzero) {
    numErrMsg = 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
    numErrCur = start;
    numErrEnd = zerosEnd;
    return -1;
  }
  return verifyEnd(src, p, 'decimal');
}

// ---------------------------------------------------------------------------------------------

const MAXINDENT = 100;
const MAXLEVEL = 200;

/**
 * Tokenize Python source. Returns the tokens ending in NEWLINE? DEDENT* ENDMARKER; throws
 * PySyntaxError (see the header comment for `deferErrors`).
 */
export function tokenize(source: string, opts?: TokenizeOptions): Tok[] {
  const filename = opts?.filename ?? '<unknown>';
  const firstLine = opts?.startLine ?? 1;
  const startCol = opts?.startCol ?? 0;
  const defer = opts?.deferErrors === true;
  let src = normalizeSource(source, filename);
  // Index of the '\n' added here, if any, and it does not count as a newline.
  let addedNl = -1;
  if (src.length === 0 || src.charCodeAt(src.length - 1) !== 10) {
    if (opts?.noImplicitNewline !== undefined) addedNl = src.length;
    src += '\n';
  }
  const len = src.length;
  const toks: Tok[] = [];

  let pos = 0;
  let lineNo = firstLine;
  let lineStart = 0;
  let colShift = startCol; // startCol while on the first line, then 0
  // Columns: on a line seen to be pure ASCII so far, byte column = pos - lineStart. Otherwise
  // adjExtra is the count of extra UTF-8 bytes in src[lineStart, adjPos), advanced on demand
  // (positions are asked for in increasing order).
  let asciiLine = true;
  let adjPos = 0;
  let adjExtra = 0;
  let atBol = true;
  let nlStart = -1; // offset of a comment before the NEWLINE of this line
  let nlCol = 0;
  let level = 0;
  const parenChar: number[] = [];
  const parenLine: number[] = [];
  const parenPos: number[] = [];
  const parenLineStart: number[] = [];
  const indStack: number[] = [0];
  const altStack: number[] = [0];
  let indent = 0;

  for (;;) {
    let c: number;
    if (atBol) {
      // Beginning of a logical line (and of each line inside brackets): measure indentation,
      // with tabs to multiples of 8 (col) and of 1 (alt) to catch inconsistent tab use.
      atBol = false;
      let col = 0;
      let alt = 0;
      let contCol = 0;
      for (;;) {
        c = src.charCodeAt(pos);
        if (c === 32) {
          col++;
          alt++;
        } else if (c === 9) {
          col = ((col >> 3) + 1) << 3;
          alt++;
        } else if (c === 12) {
          col = alt = 0;
        } else if (c === 92) {
          // A backslash continuation inside the indentation: the first one fixes the level.
          if (contCol === 0) contCol = col;
          if (src.charCodeAt(pos + 1) !== 10 || pos + 1 === addedNl) {
            return fail(toks, lineContError(filename, src, lineNo, lineStart, pos, colShift, pos + 1 === addedNl), defer, pos);
          }
          pos += 2;
          lineNo++;
          lineStart = pos;
          asciiLine = true;
          adjPos = pos;
          adjExtra = 0;
          colShift = 0;
          if (pos >= len) return fail(toks, eofError(filename, src, lineNo - 1, level, parenChar, parenLine, parenPos, parenLineStart, firstLine, startCol), defer, pos);
          continue;
        } else {
          break;
        }
        pos++;
      }
      if (pos >= len) break; // end of input
      // (A last line of blanks without a '\n' of its own in 'eval' input, or such input in
      // 'single' mode, is not blank to CPython: its indentation is measured.)
      if (c === 35 || (c === 10 && !(pos === addedNl && col > 0 && level === 0 && (toks.length === 0 || opts?.noImplicitNewline === 'eval')))) {
        // Blank or comment-only line: no tokens at all.
        if (c === 35) pos = src.indexOf('\n', pos);
        pos++;
        lineNo++;
        lineStart = pos;
        asciiLine = true;
        adjPos = pos;
        adjExtra = 0;
        colShift = 0;
        atBol = true;
        continue;
      }
      if (level === 0) {
        if (contCol !== 0) col = alt = contCol;
        const top = indStack[indent];
        const tcol = pos - lineStart + colShift;
        if (col === top) {
          if (alt !== altStack[indent]) return fail(toks, tabError(filename, src, lineNo, lineStart), defer, pos);
        } else if (col > top) {
          if (indent + 1 >= MAXINDENT) {
            return fail(toks, parserTokError('IndentationError', filename, src, 'too many levels of indentation', lineNo, lineStart, 1, 0), defer, pos);
          }
          if (alt <= altStack[indent]) return fail(toks, tabError(filename, src, lineNo, lineStart), defer, pos);
          indent++;
          indStack[indent] = col;
          altStack[indent] = alt;
          toks.push(mk('', pos, pos - 1, lineNo, tcol, lineNo, tcol, T.Indent));
        } else {
          let n = indent;
          while (n > 0 && col < indStack[n]) n--;
          if (col !== indStack[n]) {
            const e = src.indexOf('\n', pos);
            return fail(toks, parserTokError('IndentationError', filename, src, 'unindent does not match any outer indentation level',
              lineNo, lineStart, cpCount(src, lineStart, e) + 1 + colShift, -1), defer, pos);
          }
          if (alt !== altStack[n]) return fail(toks, tabError(filename, src, lineNo, lineStart), defer, pos);
          while (indent > n) {
            indent--;
            toks.push(mk('', pos, pos - 1, lineNo, tcol, lineNo, tcol, T.Dedent));
          }
        }
      }
    }

    // Skip blanks.
    c = src.charCodeAt(pos);
    while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++pos);
    const start = pos;
    let sc: number;
    if (asciiLine) {
      sc = start - lineStart + colShift;
    } else {
      adjExtra = utf8Extra(src, adjPos, start, adjExtra);
      adjPos = start;
      sc = start - lineStart + adjExtra + colShift;
    }

    // Identifier, keyword, or a string with a prefix.
    let q = -1; // index of the opening quote of a string
    if (c === 34 || c === 39) {
      q = pos;
    } else if (c >= 128 || CLS[c] === C_START) {
      const b0 = prefixBit(c);
      if (b0 !== 0) {
        const c1 = src.charCodeAt(pos + 1);
        if (c1 === 34 || c1 === 39) {
          q = pos + 1;
        } else {
          const b = b0 | prefixBit(c1);
          if (b === 3 || b === 10) { // br rb fr rf
            const c2 = src.charCodeAt(pos + 2);
            if (c2 === 34 || c2 === 39) q = pos + 2;
          }
        }
      }
      if (q < 0) {
        let p = pos + 1;
        let nonAscii = c >= 128;
        for (;;) {
          const d = src.charCodeAt(p);
          if (d < 128) {
            if (CLS[d] === 0) break;
          } else {
            nonAscii = true;
          }
          p++;
        }
        let image = src.slice(pos, p);
        if (!nonAscii) {
          toks.push(mk(image, pos, p - 1, lineNo, sc, lineNo, sc + (p - pos), KW.get(image) ?? T.Name));
        } else {
          const bad = firstInvalidIdentChar(image);
          if (bad >= 0) {
            const cp = image.codePointAt(bad)!;
            const msg = isPrintable(cp)
              ? `invalid character '${String.fromCodePoint(cp)}' (U+${hex4(cp)})`
              : `invalid non-printable character U+${hex4(cp)}`;
            throw tokError(filename, src, msg, lineNo, lineStart, pos + bad + (cp > 0xffff ? 2 : 1), colShift);
          }
          asciiLine = false;
          adjExtra = utf8Extra(src, adjPos, p, adjExtra);
          adjPos = p;
          image = image.normalize('NFKC');
          toks.push(mk(image, pos, p - 1, lineNo, sc, lineNo, p - lineStart + adjExtra + colShift, T.Name));
        }
        pos = p;
        continue;
      }
    }

    if (q >= 0) {
      // String literal: find its end; the image keeps prefix, quotes and escapes verbatim.
      const quote = src.charCodeAt(q);
      const sLine = lineNo;
      const sLineStart = lineStart;
      const sShift = colShift;
      let p = q + 1;
      if (src.charCodeAt(p) === quote && src.charCodeAt(p + 1) !== quote) {
        p++; // empty string
      } else if (src.charCodeAt(p) !== quote) {
        // Single-quoted.
        for (;;) {
          const d = src.charCodeAt(p);
          if (d === quote) {
            p++;
            break;
          }
          if (d === 10) {
            throw unterminated(filename, src, false, sLine, sLineStart, pos, sShift, lineNo);
          }
          if (d === 92) {
            const d2 = src.charCodeAt(p + 1);
            p += 2;
            if (d2 === 10) {
              lineNo++;
              lineStart = p;
              asciiLine = true;
              adjPos = p;
              adjExtra = 0;
              colShift = 0;
              if (p >= len) throw unterminated(filename, src, false, sLine, sLineStart, pos, sShift, lineNo - 1);
            } else if (d2 >= 128) {
              asciiLine = false;
            }
            continue;
          }
          if (d >= 128) asciiLine = false;
          p++;
        }
      } else {
        // Triple-quoted.
        p += 2;
        let endq = 0;
        for (;;) {
          if (p >= len) throw unterminated(filename, src, true, sLine, sLineStart, pos, sShift, lineNo - 1);
          const d = src.charCodeAt(p++);
          if (d === quote) {
            if (++endq === 3) break;
            continue;
          }
          endq = 0;
          if (d === 10) {
            lineNo++;
            lineStart = p;
            asciiLine = true;
            adjPos = p;
            adjExtra = 0;
            colShift = 0;
          } else if (d === 92) {
            if (p < len) {
              const d2 = src.charCodeAt(p++);
              if (d2 === 10) {
                lineNo++;
                lineStart = p;
                asciiLine = true;
                adjPos = p;
                adjExtra = 0;
                colShift = 0;
              } else if (d2 >= 128) {
                asciiLine = false;
              }
            }
          } else if (d >= 128) {
            asciiLine = false;
          }
        }
      }
      let ec: number;
      if (asciiLine) {
        ec = p - lineStart + colShift;
      } else {
        adjExtra = utf8Extra(src, adjPos, p, adjExtra);
        adjPos = p;
        ec = p - lineStart + adjExtra + colShift;
      }
      toks.push(mk(src.slice(pos, p), pos, p - 1, sLine, sc, lineNo, ec, T.String));
      pos = p;
      continue;
    }

    // Number.
    if ((c >= 48 && c <= 57) || (c === 46 && isDigit(src.charCodeAt(pos + 1)))) {
      const p = scanNumber(src, pos);
      if (p < 0) {
        if (numErrEnd < 0) throw tokError(filename, src, numErrMsg, lineNo, lineStart, numErrCur, colShift);
        // The leading-zeros error: CPython gives byte offsets here.
        const b0 = utf8Extra(src, lineStart, pos, 0) + (pos - lineStart) + colShift;
        const off = b0 + 1;
        const end = b0 + (numErrEnd - pos);
        throw new PySyntaxError('SyntaxError', numErrMsg, filename, lineNo, off, lineText(src, lineStart, false), lineNo, end).fromTokenizer();
      }
      if (numWarnMsg !== null) {
        const error = tokError(filename, src, numWarnMsg, lineNo, lineStart, numWarnCur, colShift);
        if (!parseWarnings.some((w) => w.msg === error.msg && w.lineno === lineNo && w.error.offset === error.offset)) {
          parseWarnings.push({ msg: numWarnMsg, lineno: lineNo, error, category: 'SyntaxWarning' });
        }
        numWarnMsg = null;
      }
      toks.push(mk(src.slice(pos, p), pos, p - 1, lineNo, sc, lineNo, sc + (p - pos), T.Number));
      pos = p;
      continue;
    }

    // Operators, delimiters, newline, comment, continuation.
    let tt: TokenType;
    let image: string;
    switch (c) {
      case 10: // '\n'
        if (level === 0) {
          if (nlStart >= 0) toks.push(mk('', nlStart, pos - 1, lineNo, nlCol, lineNo, sc, T.Newline));
          else toks.push(mk('', pos, pos - 1, lineNo, sc, lineNo, sc, T.Newline));
        }
        nlStart = -1;
        pos++;
        lineNo++;
        lineStart = pos;
        asciiLine = true;
        adjPos = pos;
        adjExtra = 0;
        colShift = 0;
        atBol = true;
        continue;
      case 35: { // '#': comment to the end of the line
        nlStart = pos;
        nlCol = sc;
        let p = pos + 1;
        let d = src.charCodeAt(p);
        while (d !== 10) {
          if (d >= 128) asciiLine = false;
          d = src.charCodeAt(++p);
        }
        pos = p;
        continue;
      }
      case 92: // '\\': explicit line joining
        if (src.charCodeAt(pos + 1) !== 10 || pos + 1 === addedNl) {
          return fail(toks, lineContError(filename, src, lineNo, lineStart, pos, colShift, pos + 1 === addedNl), defer, pos);
        }
        pos += 2;
        lineNo++;
        lineStart = pos;
        asciiLine = true;
        adjPos = pos;
        adjExtra = 0;
        colShift = 0;
        if (pos >= len) return fail(toks, eofError(filename, src, lineNo - 1, level, parenChar, parenLine, parenPos, parenLineStart, firstLine, startCol), defer, pos);
        continue;
      case 40: // (
      case 91: // [
      case 123: { // {
        if (level >= MAXLEVEL) throw tokError(filename, src, 'too many nested parentheses', lineNo, lineStart, pos + 1, colShift);
        parenChar[level] = c;
        parenLine[level] = lineNo;
        parenPos[level] = pos;
        parenLineStart[level] = lineStart;
        level++;
        if (c === 40) {
          tt = T.LPar;
          image = '(';
        } else if (c === 91) {
          tt = T.LSqb;
          image = '[';
        } else {
          tt = T.LBrace;
          image = '{';
        }
        break;
      }
      case 41: // )
      case 93: // ]
      case 125: { // }
        const ch = String.fromCharCode(c);
        if (level === 0) throw tokError(filename, src, `unmatched '${ch}'`, lineNo, lineStart, pos + 1, colShift);
        level--;
        const o = parenChar[level];
        if (o !== (c === 41 ? 40 : c - 2)) {
          const oc = String.fromCharCode(o);
          const msg = parenLine[level] !== lineNo
            ? `closing parenthesis '${ch}' does not match opening parenthesis '${oc}' on line ${parenLine[level]}`
            : `closing parenthesis '${ch}' does not match opening parenthesis '${oc}'`;
          throw tokError(filename, src, msg, lineNo, lineStart, pos + 1, colShift);
        }
        if (c === 41) {
          tt = T.RPar;
          image = ')';
        } else if (c === 93) {
          tt = T.RSqb;
          image = ']';
        } else {
          tt = T.RBrace;
          image = '}';
        }
        break;
      }
      case 44: tt = T.Comma; image = ','; break;
      case 46: // . ...
        if (src.charCodeAt(pos + 1) === 46 && src.charCodeAt(pos + 2) === 46) {
          tt = T.Ellipsis;
          image = '...';
        } else {
          tt = T.Dot;
          image = '.';
        }
        break;
      case 58: // : :=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.ColonEqual;
          image = ':=';
        } else {
          tt = T.Colon;
          image = ':';
        }
        break;
      case 61: // = ==
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.EqEqual;
          image = '==';
        } else {
          tt = T.Equal;
          image = '=';
        }
        break;
      case 59: tt = T.Semi; image = ';'; break;
      case 43: // + +=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.PlusEqual;
          image = '+=';
        } else {
          tt = T.Plus;
          image = '+';
        }
        break;
      case 45: { // - -= ->
        const d = src.charCodeAt(pos + 1);
        if (d === 61) {
          tt = T.MinEqual;
          image = '-=';
        } else if (d === 62) {
          tt = T.RArrow;
          image = '->';
        } else {
          tt = T.Minus;
          image = '-';
        }
        break;
      }
      case 42: { // * *= ** **=
        const d = src.charCodeAt(pos + 1);
        if (d === 42) {
          if (src.charCodeAt(pos + 2) === 61) {
            tt = T.DoubleStarEqual;
            image = '**=';
          } else {
            tt = T.DoubleStar;
            image = '**';
          }
        } else if (d === 61) {
          tt = T.StarEqual;
          image = '*=';
        } else {
          tt = T.Star;
          image = '*';
        }
        break;
      }
      case 47: { // / /= // //=
        const d = src.charCodeAt(pos + 1);
        if (d === 47) {
          if (src.charCodeAt(pos + 2) === 61) {
            tt = T.DoubleSlashEqual;
            image = '//=';
          } else {
            tt = T.DoubleSlash;
            image = '//';
          }
        } else if (d === 61) {
          tt = T.SlashEqual;
          image = '/=';
        } else {
          tt = T.Slash;
          image = '/';
        }
        break;
      }
      case 60: { // < <= << <<= <>
        const d = src.charCodeAt(pos + 1);
        if (d === 60) {
          if (src.charCodeAt(pos + 2) === 61) {
            tt = T.LeftShiftEqual;
            image = '<<=';
          } else {
            tt = T.LeftShift;
            image = '<<';
          }
        } else if (d === 61) {
          tt = T.LessEqual;
          image = '<=';
        } else if (d === 62) {
          tt = T.ErrorToken; // CPython tokenizes `<>` as NOTEQUAL and its parser rejects it
          image = '<>';
        } else {
          tt = T.Less;
          image = '<';
        }
        break;
      }
      case 62: { // > >= >> >>=
        const d = src.charCodeAt(pos + 1);
        if (d === 62) {
          if (src.charCodeAt(pos + 2) === 61) {
            tt = T.RightShiftEqual;
            image = '>>=';
          } else {
            tt = T.RightShift;
            image = '>>';
          }
        } else if (d === 61) {
          tt = T.GreaterEqual;
          image = '>=';
        } else {
          tt = T.Greater;
          image = '>';
        }
        break;
      }
      case 33: // ! !=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.NotEqual;
          image = '!=';
        } else {
          tt = T.Exclamation;
          image = '!';
        }
        break;
      case 37: // % %=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.PercentEqual;
          image = '%=';
        } else {
          tt = T.Percent;
          image = '%';
        }
        break;
      case 38: // & &=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.AmperEqual;
          image = '&=';
        } else {
          tt = T.Amper;
          image = '&';
        }
        break;
      case 124: // | |=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.VBarEqual;
          image = '|=';
        } else {
          tt = T.VBar;
          image = '|';
        }
        break;
      case 94: // ^ ^=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.CircumflexEqual;
          image = '^=';
        } else {
          tt = T.Circumflex;
          image = '^';
        }
        break;
      case 64: // @ @=
        if (src.charCodeAt(pos + 1) === 61) {
          tt = T.AtEqual;
          image = '@=';
        } else {
          tt = T.At;
          image = '@';
        }
        break;
      case 126: tt = T.Tilde; image = '~'; break;
      case 36: // $
      case 63: // ?
      case 96: // `
        tt = T.ErrorToken;
        image = String.fromCharCode(c);
        break;
      default:
        // Only ASCII control characters get here (everything else >= 0x80 is an identifier).
        throw tokError(filename, src, `invalid non-printable character U+${hex4(c)}`, lineNo, lineStart, pos + 1, colShift);
    }
    const n = image.length;
    toks.push(mk(image, pos, pos + n - 1, lineNo, sc, lineNo, sc + n, tt));
    pos += n;
  }

  // End of input.
  if (level > 0) return fail(toks, eofError(filename, src, lineNo - 1, level, parenChar, parenLine, parenPos, parenLineStart, firstLine, startCol), defer, pos);
  const lastLine = lineNo - 1;
  const lastStart = len >= 2 ? src.lastIndexOf('\n', len - 2) + 1 : 0;
  let eofCol = utf8Extra(src, lastStart, len - 1, 0) + (len - 1 - lastStart) + 1;
  if (lastLine === firstLine) eofCol += startCol;
  while (indent > 0) {
    indent--;
    toks.push(mk('', len, len - 1, lastLine, eofCol, lastLine, eofCol, T.Dedent));
  }
  toks.push(mk('', len, len - 1, lastLine, eofCol, lastLine, eofCol, T.EndMarker));
  return toks;
}

function unterminated(
  filename: string, src: string, triple: boolean, sLine: number, sLineStart: number, start: number, shift: number,
  detectedAt: number,
): PySyntaxError {
  const msg = triple
    ? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
    : `unterminated string literal (detected at line ${detectedAt})`;
  return tokError(filename, src, msg, sLine, sLineStart, start + 1, shift);
}

function tabError(filename: string, src: string, lineNo: number, lineStart: number): PySyntaxError {
  return parserTokError('TabError', filename, src, 'inconsistent use of tabs and spaces in indentation', lineNo, lineStart, 1, 0);
}

/** A backslash at `bs` not followed by a newline (`atEnd`: by the end of the input, which
 *  CPython's tokenizer does not step past: the offset is one less). */
function lineContError(filename: string, src: string, lineNo: number, lineStart: number, bs: number, shift: number, atEnd = false): PySyntaxError {
  return parserTokError('SyntaxError', filename, src, 'unexpected character after line continuation character',
    lineNo, lineStart, cpCount(src, lineStart, atEnd ? bs : bs + 1) + 1 + shift, 0);
}

/** End of input inside brackets, or right after a backslash continuation. */
function eofError(
  filename: string, src: string, lastLine: number, level: number, parenChar: number[], parenLine: number[],
  parenPos: number[], parenLineStart: number[], firstLine: number, startCol: number,
): PySyntaxError {
  if (level > 0) {
    const i = level - 1;
    const ls = parenLineStart[i];
    const ln = parenLine[i];
    const off = cpCount(src, ls, parenPos[i]) + 1 + (ln === firstLine ? startCol : 0);
    // CPython shows the line with its '\n' only when it is the last line of the input.
    return new PySyntaxError('SyntaxError', `'${String.fromCharCode(parenChar[i])}' was never closed`, filename, ln, off,
      lineText(src, ls, ln === lastLine), ln, 0);
  }
  const ls = src.length >= 2 ? src.lastIndexOf('\n', src.length - 2) + 1 : 0;
  const off = cpCount(src, ls, src.length - 1) + 1 + (lastLine === firstLine ? startCol : 0);
  return parserTokError('SyntaxError', filename, src, 'unexpected EOF while parsing', lastLine, ls, off, -1);
}
