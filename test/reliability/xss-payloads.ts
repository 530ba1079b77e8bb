/**
 * Hostile content, written by us as test data after the vector families of the OWASP XSS Filter
 * Evasion Cheat Sheet: script tags, event handler attributes, javascript:/data:/vbscript: URLs with
 * case, whitespace and entity tricks, SVG and MathML, a `</script>` that would break out of JSON-LD,
 * template-literal and template-injection tricks, CSS expressions and URLs, comments and attribute
 * breakouts. Every payload that could run calls `__xss(n)`, so a test only has to check that nothing
 * called it.
 */
import type { ExerciseInput } from '../../src/data/exercise-schema.js';
import type { RoutineInput } from '../../src/data/routine-schema.js';

const b64 = (text: string) => btoa(text);

export const XSS_TEXT_PAYLOADS: readonly string[] = [
  '<script>__xss(1)</script>',
  '<SCRIPT SRC=data:text/javascript,__xss(2)></SCRIPT>',
  '<IMG SRC=x onerror="__xss(3)">',
  '<img src=x onerror=__xss(4)//',
  '<svg/onload=__xss(5)>',
  '<svg><script>__xss(6)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(7)>',
  '<iframe src="javascript:__xss(8)"></iframe>',
  '<a href="jAvAsCrIpT:__xss(9)">link</a>',
  '<a href="java&#x09;script:__xss(10)">tab</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(11)">entities</a>',
  '<body onload=__xss(12)>',
  '<details open ontoggle=__xss(13)>',
  '<input autofocus onfocus=__xss(14)>',
  `<object data="data:text/html;base64,${b64('<script>parent.__xss(15)</script>')}"></object>`,
  '<embed src="javascript:__xss(16)">',
  '<div style="background:url(javascript:__xss(17))">css url</div>',
  '<div style="width: expression(__xss(18))">css expression</div>',
  "<style>@import 'javascript:__xss(19)';</style>",
  '</script><script>__xss(20)</script>',
  '<!--<img src="--><img src=x onerror=__xss(21)//">',
  '${__xss(22)}',
  "{{constructor.constructor('__xss(23)')()}}",
  '"><img src=x onerror=__xss(24)>',
  "'-__xss(25)-'",
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(26)">',
  '<base href="javascript:__xss(27)//">',
  '<form><button formaction=javascript:__xss(28)>x</button></form>',
  '<isindex type=image src=1 onerror=__xss(29)>',
  '<LINK REL="stylesheet" HREF="javascript:__xss(30);">',
  '<TABLE BACKGROUND="javascript:__xss(31)">',
  '<IMG """><SCRIPT>__xss(32)</SCRIPT>">',
  '<IMG SRC=`javascript:__xss(33)`>',
  '\\u003cscript\\u003e__xss(34)\\u003c/script\\u003e',
  '<scr<script>ipt>__xss(35)</scr</script>ipt>',
  '<a href="vbscript:__xss(36)">vb</a>',
  '<xss onpointerover=__xss(37) style=display:block>hover</xss>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(38)>">',
  '<svg><animate onbegin=__xss(39) attributeName=x dur=1s>',
  '<video><source onerror=__xss(40)></video>',
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+__xss(41)//'>",
  '<a href="data:text/html,<script>__xss(42)</script>">data</a>',
  '&lt;img src=x onerror=__xss(43)&gt;',
  '<img src=x onerror=&#x5f;&#x5f;xss(44)>',
  '<\u0000script>__xss(45)</script>',
  '<ſcript>__xss(46)</script>',
  '<svg><a xlink:href="javascript:__xss(47)"><text x="20" y="20">svg link</text></a></svg>',
  '<template><img src=x onerror=__xss(48)></template>',
  '<slot name="x" onslotchange=__xss(49)></slot>',
  '<link rel=import href="data:text/html,<script>__xss(50)</script>">',
];

/** URLs the validators must refuse in every link and media field, each with its trick. */
export const XSS_URL_PAYLOADS: readonly string[] = [
  'javascript:__xss(1)',
  'JaVaScRiPt:__xss(2)',
  ' javascript:__xss(3)',
  'java\tscript:__xss(4)',
  'java\nscript:__xss(5)',
  '\u0001javascript:__xss(6)',
  'javascript\u0000:__xss(7)',
  'data:text/html,<script>__xss(8)</script>',
  `data:text/html;base64,${b64('<script>__xss(9)</script>')}`,
  'data:image/svg+xml,<svg onload=__xss(10)>',
  'DATA:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(11)',
  'VBSCRIPT:msgbox(12)',
  'file:///etc/passwd',
  'blob:https://example.com/0f3c',
  'jar:https://example.com/a.jar!/',
  'feed:javascript:__xss(13)',
  'livescript:__xss(14)',
  'mhtml:file://x',
  'ftp://example.com/a.jpg',
  'mailto:a@example.com',
  'https://example.com/a b.jpg',
  'https://example.com/\u202Egpj.exe',
];

/** URLs that stay: http(s), protocol-relative and relative, including ones that only look like schemes. */
export const INERT_URLS: readonly string[] = [
  'https://example.com/bridge.jpg',
  '/test/fixtures/exercise-card/start.svg',
  'javascript&colon;__xss(1)',
  'images/javascript:x.jpg',
  '//example.com/x.jpg',
];

/** The exercise with `text` in every text field and `url` in every URL field. */
export function exerciseWith(text: string, url = '/test/fixtures/exercise-card/start.svg'): ExerciseInput {
  const variation = { name: text, summary: text };
  return {
    id: 'hostile',
    name: text,
    summary: text,
    media: {
      images: [{ src: url, alt: text, caption: text, width: 4, height: 3 }],
      video: { src: url, poster: url, title: text },
    },
    steps: [text, { en: text, ar: text }],
    cues: [text],
    dosage: { reps: 10, sets: 2, text },
    equipment: [text],
    muscles: [text],
    category: text,
    difficulty: 'beginner',
    safety: [text],
    easier: [variation],
    harder: [variation],
    source: { title: text, author: text, publisher: text, url, licence: text },
  };
}

/** The routine with `text` in every text field, around an exercise with the same. */
export function routineWith(text: string, url?: string): RoutineInput {
  const exercise = exerciseWith(text, url);
  return {
    id: 'hostile-routine',
    title: text,
    summary: text,
    frequency: { times: 3, per: 'week', text },
    safety: [text],
    source: { title: text, author: text, url: url ?? 'https://example.com/' },
    sections: [
      {
        title: text,
        kind: 'main',
        summary: text,
        items: [
          { ref: 'hostile', notes: text },
          { exercise: { ...exercise, id: 'inline', dosage: text }, notes: text },
        ],
      },
    ],
    exercises: { hostile: exercise },
  };
}

/** Tags the elements themselves render; anything else in a shadow root was injected. */
export const RENDERED_TAGS = new Set([
  'article',
  'aside',
  'a',
  'br',
  'button',
  'code',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'img',
  'li',
  'nav',
  'ol',
  'p',
  'path',
  'circle',
  'rect',
  'g',
  'line',
  'polyline',
  'polygon',
  'section',
  'small',
  'span',
  'strong',
  'em',
  'summary',
  'svg',
  'ul',
  'video',
  'progress',
  'meter',
  'time',
  'label',
  'input',
  'fieldset',
  'legend',
  'form',
  'textarea',
  'select',
  'option',
  'dialog',
  'output',
  'slot',
  'abbr',
  'kbd',
]);

/** What must hold in a shadow root that rendered hostile text: no foreign tag, no handler, no bad URL. */
export function injectedMarkup(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (!RENDERED_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) found.push(`<${tag} ${attr}>`);
      if (/^(href|src|poster|action|formaction|xlink:href|data)$/i.test(attr)) {
        const value = el.getAttribute(attr)!;
        const protocol = new URL(value, document.baseURI).protocol;
        if (protocol !== 'https:' && protocol !== 'http:') found.push(`<${tag} ${attr}="${value}">`);
      }
    }
  }
  return found;
}
