// The demo's language menu: it only sets <html lang>, which is all a host page does. The widgets follow
// the page's language on their own, and mirror themselves in Arabic. The demo's own prose stays English
// and left to right (it carries lang="en", and the page's dir is left alone): only the widgets' UI
// changes language. The choice is kept in the URL (?lang=es).
// The page's header holds the empty `<label class="lang-menu">…<select>`; this fills it in.
const LANGUAGES = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt-BR', 'Português (Brasil)'],
  ['nl', 'Nederlands'],
  ['ar', 'العربية'],
  ['zh-Hans', '中文（简体）'],
];

function apply(lang) {
  document.documentElement.lang = lang;
}

const params = new URLSearchParams(location.search);
const initial = LANGUAGES.some(([code]) => code === params.get('lang')) ? params.get('lang') : 'en';
apply(initial);

const select = document.querySelector('header.site .lang-menu select');
for (const [code, name] of LANGUAGES) {
  const option = new Option(name, code, false, code === initial);
  option.lang = code;
  select.append(option);
}
select.addEventListener('change', () => {
  apply(select.value);
  params.set('lang', select.value);
  history.replaceState(null, '', `?${params}`);
});
