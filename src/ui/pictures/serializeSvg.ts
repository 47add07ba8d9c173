/**
 * Presentation properties that stylesheets (app.css, recharts' classes, CSS variables) give a
 * chart. Inlined from the computed style, the SVG looks the same outside the page.
 */
const inlinedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
  /** The page background behind the chart, drawn into the file so dark-theme text stays legible. */
  background: string;
}

function isTransparent(color: string): boolean {
  return color === '' || color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);
}

/** The first opaque background colour behind `el`, as the page shows it. */
function findBackground(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (!isTransparent(color)) return color;
  }
  return '#ffffff';
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  if (target instanceof SVGElement || target instanceof HTMLElement) {
    for (const prop of inlinedProperties) {
      const value = computed.getPropertyValue(prop);
      if (value) target.style.setProperty(prop, value);
    }
  }
  // Attributes such as fill="var(--warmup)" mean nothing outside the page's stylesheet.
  for (const attr of Array.from(target.attributes)) {
    if (!attr.value.includes('var(')) continue;
    const resolved = computed.getPropertyValue(attr.name);
    if (resolved) target.setAttribute(attr.name, resolved);
    else target.removeAttribute(attr.name);
  }
}

/**
 * An `<svg>` from the page as a standalone SVG file: computed styles inlined on every element
 * (fonts, colours, CSS variables resolved), explicit size and viewBox, the background painted
 * in, and the SVG namespaces declared.
 */
export function serializeStandaloneSvg(svg: SVGSVGElement): StandaloneSvg {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300;
  const background = findBackground(svg);
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('cloning the chart failed');
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (target) inlineStyles(source, target);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  clone.insertBefore(rect, clone.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height, background };
}
