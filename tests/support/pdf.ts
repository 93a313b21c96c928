/**
 * Where the text of a PDF that Chromium prints lies on each page: enough of
 * PDF (the cross-reference table, the page tree, Flate-compressed content
 * streams and the operators that place text) to say how far text comes to a
 * page's edges and how much of a page it fills, without a PDF library.
 */
import { inflateSync } from 'node:zlib';

/** One page: its size and the origin of every run of text on it, in points from its top-left corner. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly text: readonly { readonly x: number; readonly y: number }[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `m` then `n`: PDF's row-vector convention, as `cm` and `Tm` compose. */
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Reads the pages of `pdf`, in order. */
export function readPdfPages(pdf: Buffer): PdfPage[] {
  const file = pdf.toString('latin1');
  const offsets = new Map<number, number>();
  const xref = file.lastIndexOf('\nxref');
  const table = /(\d+) (\d+)\s*\n((?:\d{10} \d{5} [nf]\s*\n?)+)/gy;
  table.lastIndex = file.indexOf('\n', xref + 1) + 1;
  for (let section = table.exec(file); section; section = table.exec(file)) {
    const first = Number(section[1]);
    section[3]!.trim().split(/\s*\n/).forEach((line, i) => {
      if (line.endsWith('n')) offsets.set(first + i, Number(line.slice(0, 10)));
    });
  }
  const object = (id: number) => {
    const start = file.indexOf('obj', offsets.get(id)!) + 3;
    const end = file.indexOf('endobj', start);
    const body = file.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) return { dict: body, stream: undefined };
    const dict = body.slice(0, streamAt);
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    let from = start + streamAt + 'stream'.length;
    if (file[from] === '\r') from++;
    if (file[from] === '\n') from++;
    const bytes = pdf.subarray(from, from + Number(length![1]));
    return { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes };
  };
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const root = object(ref(file.slice(file.lastIndexOf('trailer')), 'Root')).dict;
  const pages: PdfPage[] = [];
  const visit = (id: number) => {
    const { dict } = object(id);
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      for (const [, kid] of (/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) visit(Number(kid));
      return;
    }
    const [, , width, height] = /\/MediaBox\s*\[([^\]]*)\]/.exec(dict)![1]!.trim().split(/\s+/).map(Number);
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
    const stream = contents.map(([, content]) => object(Number(content)).stream!.toString('latin1')).join('\n');
    pages.push({ width: width!, height: height!, text: textOrigins(stream).map(({ x, y }) => ({ x, y: height! - y })) });
  };
  visit(ref(root, 'Pages'));
  return pages;
}

/** The origin of each text-showing operator of a content stream, in the page's own coordinates. */
function textOrigins(stream: string): { x: number; y: number }[] {
  const found: { x: number; y: number }[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let line = IDENTITY;
  let operands: number[] = [];
  // Numbers, operators, names, and strings and arrays as single tokens (their contents never matter here).
  const tokens = /<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[[^\]]*\]|\/[^\s/[\]()<>]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;
  for (const [token] of stream.matchAll(tokens)) {
    if (/^[-+.\d]/.test(token)) {
      operands.push(Number(token));
      continue;
    }
    switch (token) {
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = times(operands.slice(-6) as Matrix, ctm);
        break;
      case 'BT':
        line = IDENTITY;
        break;
      case 'Tm':
        line = operands.slice(-6) as Matrix;
        break;
      case 'Td':
      case 'TD':
        line = times([1, 0, 0, 1, operands.at(-2)!, operands.at(-1)!], line);
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"': {
        const [, , , , x, y] = times(line, ctm);
        found.push({ x, y });
        break;
      }
    }
    if (!token.startsWith('/') && !token.startsWith('<') && !token.startsWith('(') && !token.startsWith('[')) operands = [];
  }
  return found;
}
