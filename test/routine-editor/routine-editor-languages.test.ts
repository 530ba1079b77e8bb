import { expect } from '@open-wc/testing';
import { settle, setPageLang } from '../i18n/helpers.js';
import { $, editor, HIP_TEXT } from './helpers.js';

// The first tab, the Copy button and a fallback heading in the embed code, in each language.
const LANGUAGES: [string, string, string, string][] = [
  ['es', 'Pegar un artículo', 'Copiar el código para insertar', '<p>Pasos</p>'],
  ['fr', 'Coller un article', "Copier le code d'intégration", '<p>Étapes</p>'],
  ['de', 'Artikel einfügen', 'Einbettungscode kopieren', '<p>Schritte</p>'],
  ['pt-BR', 'Colar um artigo', 'Copiar código de incorporação', '<p>Passos</p>'],
  ['nl', 'Artikel plakken', 'Insluitcode kopiëren', '<p>Stappen</p>'],
  ['ar', 'الصق مقالًا', 'انسخ كود التضمين', '<p>الخطوات</p>'],
  ['zh-Hans', '粘贴文章', '复制嵌入代码', '<p>步骤</p>'],
];

describe('<routine-editor> in every language', () => {
  let restore = () => {};
  afterEach(() => restore());

  for (const [lang, tab, copy, steps] of LANGUAGES) {
    it(`speaks ${lang}, in the UI and in the fallback of the embed code`, async () => {
      restore = setPageLang(lang);
      const el = await editor();
      await settle(lang, el);
      el.text = HIP_TEXT;
      await el.updateComplete;
      expect($(el, '#tab-article').textContent!.trim()).to.equal(tab);
      expect($(el, '#copy').textContent!.trim()).to.equal(copy);
      expect(el.embedCode()).to.contain(steps);
      expect($(el, '[part="base"]').getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }
});

describe('<routine-editor> right to left', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('lays out each text box by the direction of what is written in it, and the embed code left to right', async () => {
    restore = setPageLang('ar');
    const el = await editor();
    await settle('ar', el);
    el.text = HIP_TEXT;
    await el.updateComplete;
    $(el, '#tab-text').click();
    await el.updateComplete;
    const text = $<HTMLTextAreaElement>(el, '#text');
    // English routine text reads left to right inside the Arabic interface…
    expect(text.matches(':dir(ltr)')).to.equal(true);
    // …and Arabic text right to left.
    el.text = '# تمارين الورك\n\n## الإحماء\n### هز الركبتين\n10 مرات';
    await el.updateComplete;
    expect(text.matches(':dir(rtl)')).to.equal(true);
    expect($(el, '#embed').matches(':dir(ltr)')).to.equal(true);
  });
});
