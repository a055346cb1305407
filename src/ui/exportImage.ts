// Turns a drawn chart into a stand-alone 16:9 slide image (SVG, or PNG at 2× pixel density) with
// its title, subtitle, legend and source line baked in, so it can be pasted into a report as is.
// Loaded on demand: nothing here is needed until someone downloads.

export type SlideText = { title: string; subtitle: string; legend: string[]; source: string };

const WIDTH = 1600;
const HEIGHT = 900;
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'stroke-linejoin',
] as const;

/** Copies the computed look of every element, so the SVG renders the same without the page's CSS. */
function inlineStyles(original: Element, clone: Element) {
  const computed = getComputedStyle(original);
  // Through the CSSOM, not setAttribute('style'): the page's CSP forbids inline style attributes.
  const style = (clone as SVGElement).style;
  for (const p of STYLE_PROPS) style.setProperty(p, computed.getPropertyValue(p));
  const originals = original.children;
  const clones = clone.children;
  for (let i = 0; i < originals.length; i++) inlineStyles(originals[i]!, clones[i]!);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps text to lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

export function chartSlideSvg(chart: SVGSVGElement, text: SlideText): string {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  const box = chart.getBoundingClientRect();
  const font = getComputedStyle(document.body).fontFamily.replace(/"/g, "'");
  const colours = { text: '#1a1f24', muted: '#4f5b66' };
  const top = 130;
  const sourceLines = wrap(text.source, 150).slice(0, 3);
  const bottom = 60 + sourceLines.length * 24;
  const chartHeight = HEIGHT - top - bottom;
  const scale = Math.min((WIDTH - 80) / box.width, chartHeight / box.height);
  clone.setAttribute('x', String(40));
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(box.width * scale));
  clone.setAttribute('height', String(box.height * scale));
  clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
  clone.removeAttribute('tabindex');
  const legend = text.legend.map((l, i) => `<tspan x="40" dy="${i === 0 ? 0 : 22}">${escapeXml(l)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${escapeXml(font)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="40" y="58" font-size="36" font-weight="700" fill="${colours.text}">${escapeXml(text.title)}</text>`,
    `<text x="40" y="96" font-size="22" fill="${colours.muted}">${escapeXml(text.subtitle)}</text>`,
    new XMLSerializer().serializeToString(clone),
    `<text x="40" y="${HEIGHT - bottom + 24}" font-size="17" fill="${colours.muted}">${legend}</text>`,
    `<text x="40" y="${HEIGHT - sourceLines.length * 24 + 6}" font-size="17" fill="${colours.muted}">${sourceLines.map((l, i) => `<tspan x="40" dy="${i === 0 ? 0 : 24}">${escapeXml(l)}</tspan>`).join('')}</text>`,
    `</svg>`,
  ].join('');
}

export async function svgToPng(svg: string, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH * pixelRatio;
    canvas.height = HEIGHT * pixelRatio;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(pixelRatio, pixelRatio);
    context.drawImage(image, 0, 0, WIDTH, HEIGHT);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
