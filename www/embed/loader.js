// Tendik loader (stable URL: tendik.js). Defines <tendik-widget> and loads the widget
// suite's wasm once, the first time a widget needs it. No globals, no inline script, no
// HTML sinks (it runs under Trusted Types).
//
// Text inside the element is its fallback: shown until the chart is ready, and kept if
// the suite cannot load:
//   <tendik-widget name="violence-trend">Recorded incidents fell … Source: …</tendik-widget>
const base = new URL('.', import.meta.url);
// Filled in by the build (www/embed/post-build.mjs): { module, wasm } file names.
const APP = __TENDIK_APP__;
const EMBEDS = __TENDIK_EMBEDS__;
// The standalone app page loads the app's bundle (every widget, all three languages).
// Every other page loads, for each widget, the embed bundle of its language: the widgets
// without the app's views and with one language's text. Widgets in one language share one
// download and one wasm instance.
const isApp = () => document.getElementById('tendik-app') !== null;
// The iframe embed page (embed.html) runs this loader too; it never frames itself.
const isFrame = () => document.getElementById('tendik-frame') !== null;

// Taken now, before a host script loaded later can replace it: the wasm reads every
// newsroom figure with it (embed.rs `useBuiltins`).
const BUILTINS = Object.freeze({ parseFloat: Number.parseFloat });

// The builtins a figure passes through on its way to the reader (parsed from the
// newsroom's JSON; text in and out of the wasm), tried on known values: the name of the
// first one a host script has replaced with one that gets them wrong, else ''. Cheap
// enough to run before every render; tried once per turn of the event loop.
let probed;
function patchedBuiltin() {
  if (probed === undefined) {
    probed = probe();
    queueMicrotask(() => {
      probed = undefined;
    });
  }
  return probed;
}
function probe() {
  const parse = BUILTINS.parseFloat;
  if (parse('18.9') !== 18.9 || parse('115526') !== 115526 || parse('-2.5e3') !== -2500) {
    return 'Number.parseFloat';
  }
  // "қ18,9%" in UTF-8.
  const text = '\u049b18,9%';
  const bytes = [0xd2, 0x9b, 0x31, 0x38, 0x2c, 0x39, 0x25];
  const same = (got) => got.length === bytes.length && bytes.every((b, i) => got[i] === b);
  try {
    if (new TextDecoder().decode(new Uint8Array(bytes)) !== text) return 'TextDecoder';
    const into = new Uint8Array(bytes.length);
    new TextEncoder().encodeInto(text, into);
    if (!same(new TextEncoder().encode(text)) || !same(into)) return 'TextEncoder';
  } catch {
    return 'TextEncoder';
  }
  return '';
}

// An 8-byte empty module: compiling it fails only where the page's Content-Security-Policy
// forbids WebAssembly (no 'wasm-unsafe-eval'). Tried once, when a widget first needs it.
let wasmForbidden;
function wasmBlocked() {
  if (wasmForbidden === undefined) {
    wasmForbidden = false;
    if (typeof WebAssembly === 'object' && !isFrame() && !isApp()) {
      try {
        new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      } catch {
        wasmForbidden = true;
        console.warn("Tendik: this page's Content-Security-Policy forbids WebAssembly (no 'wasm-unsafe-eval'), so charts are shown in frames (embed.html).");
      }
    }
  }
  return wasmForbidden;
}

const suites = new Map();

// A split embed bundle (docs/lazy-chunks.md) loads each widget's code as a chunk. The loader
// starts the chunks of the widgets on the page with the main module; the bundle's link
// module takes each response once. Per bundle: chunk URL -> pending response, or null once
// taken (then the link module fetches it itself, as on a retry).
const early = new Map();

function prefetch(key, name) {
  const bundle = key === 'app' ? APP : EMBEDS[key];
  // Per widget, indexes into the bundle's chunk files (post-build.mjs).
  const files = bundle?.prefetch?.[name]?.map((i) => bundle.chunks[i]);
  if (!files) return;
  if (!early.has(key)) early.set(key, new Map());
  const fetched = early.get(key);
  for (const file of files) {
    const href = new URL(file, base).href;
    if (fetched.has(href)) continue;
    const response = fetch(href);
    response.catch(() => {}); // reported by the link module when the chunk is needed
    fetched.set(href, response);
  }
}

function take(key, href) {
  if (!early.has(key)) early.set(key, new Map());
  const fetched = early.get(key);
  const response = fetched.get(href) ?? undefined;
  fetched.set(href, null);
  return response;
}

function load(key) {
  if (!suites.has(key)) {
    const { module, wasm, link } = key === 'app' ? APP : EMBEDS[key];
    // The wasm downloads while the module loads, not after: one round trip less on a
    // slow network. The module's init takes the pending response.
    const wasmResponse = fetch(new URL(wasm, base));
    wasmResponse.catch(() => {}); // reported through init below
    suites.set(key, (async () => {
      const m = await import(new URL(module, base).href);
      // Already loaded: the module imports it.
      if (link) (await import(new URL(link, base).href)).tendikEarly((href) => take(key, href));
      await m.default({ module_or_path: wasmResponse });
      m.useBuiltins(BUILTINS);
      return m;
    })());
  }
  return suites.get(key);
}

// The element's language tag: its own `lang`, else the nearest one above it, through
// shadow roots to their hosts (the composed tree). `read_config` in tendik-widgets'
// embed.rs reads the same; keep the two alike.
function langTag(el) {
  for (let n = el; n; ) {
    const found = n.closest('[lang]');
    if (found) return found.getAttribute('lang').slice(0, 64);
    const root = n.getRootNode();
    n = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

// Which language renders this element (`kk-KZ`, `ru_RU`… by the first subtag), as the
// wasm reads it with `Lang::from_tag`, which cannot run before a bundle is chosen. An
// invalid `lang` gets English, whose bundle says what is wrong.
function langOf(el) {
  const primary = langTag(el).trim().split(/[-_]/)[0].toLowerCase();
  if (primary === 'ru') return 'ru';
  if (primary === 'kk' || primary === 'kz') return 'kk';
  return 'en';
}

const suiteFor = (el) => (isApp() ? 'app' : langOf(el));

// What the element says before (or instead of) its chart: English, Russian, Kazakh.
const NOTES = {
  loading: ['Loading chart…', 'Загрузка диаграммы…', 'Диаграмма жүктелуде…'],
  failed: ['This chart could not be loaded.', 'Не удалось загрузить диаграмму.', 'Диаграмманы жүктеу мүмкін болмады.'],
  waiting: ['Waiting for data…', 'Ожидание данных…', 'Деректер күтілуде…'],
  patched: [
    'The chart is not drawn: this page has replaced {name}, the function that reads its figures.',
    'Диаграмма не нарисована: страница подменила функцию {name}, которой читаются её цифры.',
    'Диаграмма салынбады: бет оның сандарын оқитын {name} функциясын ауыстырған.',
  ],
};
const note = (which, el, name = '') => NOTES[which][['en', 'ru', 'kk'].indexOf(langOf(el))].replace('{name}', name);

// The fallback's box is the one the widget takes (widget.css has the same rules), so the
// swap moves nothing below it. A constructed sheet: allowed under a strict CSP.
const FALLBACK_CSS = ':host{display:block;contain:content}[part="fallback"]{margin:0}';
const FALLBACK_SHEET = (() => {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FALLBACK_CSS);
    return sheet;
  } catch {
    return undefined;
  }
})();

// What `theme="auto"` means on this page, as Theme::auto decides for the live chart: null
// (the reader's system) where the page declares both schemes (its CSS `color-scheme`, else
// its `<meta name="color-scheme">`), 'dark' on a dark-only page, else 'light': a dark box
// in a light article is a bug.
function pageTheme(el) {
  const css = getComputedStyle(el).colorScheme?.trim();
  const declared = (css && css !== 'normal' ? css : document.querySelector('meta[name="color-scheme"]')?.content ?? '')
    .toLowerCase().split(/\s+/);
  const dark = declared.includes('dark');
  return dark && declared.includes('light') ? null : dark ? 'dark' : 'light';
}

const asksAuto = (el) => (el.getAttribute('theme')?.trim().toLowerCase() ?? 'auto') === 'auto';
// The theme the element asks for, an auto one as it means on this page (null: the system).
const themeFor = (el) => (asksAuto(el) ? pageTheme(el) : el.getAttribute('theme'));

// The static figure's dark `<source>`s follow the page as the live chart does. Only an
// element that has them costs a style lookup.
function matchFigureScheme(el) {
  const sources = el.querySelectorAll(':scope > picture > source[media*="prefers-color-scheme: dark"]');
  const theme = sources.length && asksAuto(el) ? pageTheme(el) : null;
  if (!theme) return;
  for (const s of sources) {
    s.media = theme === 'dark' ? s.media.replace(/\(prefers-color-scheme: dark\)( and )?/, '') || 'all' : 'not all';
  }
}

// Shown through a <slot> until the widget mounts: the element's own text, or `text`.
function showFallback(root, text) {
  const p = document.createElement('p');
  p.setAttribute('part', 'fallback');
  const slot = document.createElement('slot');
  slot.textContent = text;
  p.append(slot);
  root.replaceChildren(p);
}

const isJsonScript = (n) =>
  n?.localName === 'script' && (n.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json';

// The script that holds or is named for the element's data: a `data-script` target, else a
// JSON script among its children (as embed.rs `script_data` reads them).
function dataScript(el) {
  const id = el.getAttribute('data-script');
  return id === null ? [...el.children].find(isJsonScript) : document.getElementById(id.trim());
}

// True once the HTML parser has moved past the element: something follows it.
function parsed(el) {
  for (let n = el; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

// Why the element must not render yet, or '': 'waiting' while the page is still loading
// and the element names or holds a data script that is not there yet or still empty;
// 'parsing' while the HTML parser may still give it a data script. Either way the
// embedded national figures must not stand in for a newsroom's own.
function holdBack(el) {
  if (el.hasAttribute('data')) return '';
  const script = dataScript(el);
  if (script && isJsonScript(script) && script.textContent.trim()) return '';
  if (script || el.hasAttribute('data-script')) return document.readyState === 'complete' ? '' : 'waiting';
  return document.readyState === 'loading' && !parsed(el) ? 'parsing' : '';
}

// The newsroom's JSON text the element has, if any (for a frame: see showFrame).
function dataText(el) {
  if (el.hasAttribute('data')) return el.getAttribute('data');
  const script = dataScript(el);
  return script && isJsonScript(script) ? script.textContent : null;
}

// Elements that watch the whole document: those whose `data-script` target may appear,
// move or change, and those the parser has not finished. One observer for all of them;
// only a new target, or an element still held back, looks again.
const watchers = new Set();
let documentWatch;
function watchDocument(el, on) {
  if (on) watchers.add(el);
  else watchers.delete(el);
  if (watchers.size && !documentWatch) {
    documentWatch = new MutationObserver(() => watchers.forEach((w) => (w._retarget() || w._holding) && w._refresh()));
    documentWatch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  } else if (!watchers.size && documentWatch) {
    documentWatch.disconnect();
    documentWatch = undefined;
  }
}
// Where the page's loading state decides (see holdBack), look again when it changes.
const connected = new Set();
document.addEventListener('DOMContentLoaded', () => connected.forEach((el) => el._refresh()));
window.addEventListener('load', () => connected.forEach((el) => el._refresh()));

// Widgets render when they come near the viewport (one observer for all), or at once
// where there is no IntersectionObserver.
let seen;
function observeSeen(el) {
  if (typeof IntersectionObserver !== 'function') return false;
  seen ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        seen.unobserve(e.target);
        e.target._visible = true;
        e.target._refresh();
      }
    },
    { rootMargin: '200px' },
  );
  seen.observe(el);
  return true;
}

// Mounting runs in slices of a few milliseconds, one slice per frame, so that two hundred
// widgets arriving at once never hold the page up for long.
const SLICE_MS = 4;
const queue = new Set();
let slicing = false;
function nextSlice() {
  if (document.hidden || typeof requestAnimationFrame !== 'function') setTimeout(slice);
  else requestAnimationFrame(() => setTimeout(slice));
}
function slice() {
  const end = performance.now() + SLICE_MS;
  for (const el of queue) {
    queue.delete(el);
    try {
      el._mountNow();
    } catch (err) {
      el._failMount(err);
    }
    if (performance.now() > end) break;
  }
  if (queue.size) nextSlice();
  else slicing = false;
}
function enqueue(el) {
  queue.add(el);
  if (!slicing) {
    slicing = true;
    nextSlice();
  }
}

// Where the page forbids WebAssembly, frame.js shows each widget as the iframe embed.
let frames;
const framing = () => (frames ??= import(new URL('frame.js', base).href));
const FRAME_HELP = { langTag, dataText, themeFor, note: (el, which) => el._showNote(which) };

// Children of the element or of its data script: what a data script's arrival or edit
// changes (the element's own attributes come through attributeChangedCallback).
const WATCH = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] };
let reportedPatch = false;

class TendikWidget extends HTMLElement {
  static get observedAttributes() {
    return ['name', 'lang', 'theme', 'data', 'data-script'];
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' });
      if (FALLBACK_SHEET) this.shadowRoot.adoptedStyleSheets = [FALLBACK_SHEET];
    }
    connected.add(this);
    matchFigureScheme(this);
    // Its children or its data script added, removed or edited (late data): look again.
    this._watch ??= new MutationObserver(() => this._refresh());
    this._target = undefined;
    this._retarget();
    // Fetch and compile the bundle at once (one download for every element of a
    // language), but render widgets below the fold only when they come near the viewport.
    if (!wasmBlocked() && !patchedBuiltin()) {
      load(suiteFor(this)).catch(() => {});
      this._prefetch();
    }
    if (!this._visible && !observeSeen(this)) this._visible = true;
    this._refresh();
  }

  disconnectedCallback() {
    connected.delete(this);
    seen?.unobserve(this);
    this._watch?.disconnect();
    watchDocument(this, false);
    queue.delete(this);
    this._pending = undefined;
    this._unmount();
    this._showNote('loading');
  }

  attributeChangedCallback(name) {
    if (name === 'data-script') this._retarget();
    if (this.isConnected && !wasmBlocked()) this._prefetch();
    this._refresh();
  }

  // Starts the chunks this element will need: its widget's, and the newsroom-data
  // parser's when it has data of its own.
  _prefetch() {
    const key = suiteFor(this);
    prefetch(key, this.getAttribute('name')?.trim());
    if (this.hasAttribute('data') || this.hasAttribute('data-script') || this.querySelector('script[type="application/json"]')) {
      prefetch(key, 'userdata');
    }
  }

  // Observes the element and its `data-script` target, whichever element has that id now.
  // True when the target changed.
  _retarget() {
    if (!this._watch || !this.isConnected) return false;
    const id = this.getAttribute('data-script');
    const target = id === null ? null : document.getElementById(id.trim());
    if (target === this._target) return false;
    this._watch.disconnect();
    this._watch.observe(this, WATCH);
    if (target) this._watch.observe(target, WATCH);
    this._target = target;
    return true;
  }

  // Shows what the element should show now: a note, the frame, or the widget (mounted, or
  // re-read after a change).
  _refresh() {
    if (!this.isConnected || !this.shadowRoot) return;
    const patched = patchedBuiltin();
    if (patched && !reportedPatch) {
      reportedPatch = true;
      console.error(`Tendik: this page has replaced ${patched}, so no chart is drawn: its figures could be wrong.`);
    }
    const hold = patched ? 'patched' : holdBack(this);
    this._holding = hold;
    // The document matters to an element with a data-script target, and to one the
    // parser has not finished.
    watchDocument(this, this.hasAttribute('data-script') || hold === 'parsing');
    if (hold) {
      this._pending = undefined;
      this._unmount();
      this._showNote(hold === 'parsing' ? 'loading' : hold, patched);
      return;
    }
    if (!this._visible) {
      if (!this._suite && !this._frame) this._showNote(this._failed ? 'failed' : 'loading');
      return;
    }
    if (wasmBlocked()) {
      this._showFrame();
      return;
    }
    const key = suiteFor(this);
    if (this._suite && this._suiteKey === key) {
      this._pending = undefined;
      this._update();
      return;
    }
    if (this._pending === key || this._failed === key) return;
    if (!this._suite) this._showNote('loading');
    // A language change: the old bundle's widget stays until the new one is ready.
    this._pending = key;
    load(key).then(
      (m) => {
        if (this._pending !== key) return;
        this._queued = { key, m };
        enqueue(this);
      },
      (err) => {
        if (this._pending !== key) return;
        this._pending = undefined;
        this._failed = key;
        this._unmount();
        this._showNote('failed');
        // Most often from another origin: the chart host sends no CORS header (README).
        const where = base.origin === location.origin ? ''
          : ` from ${base.href} (pages on other origins need it to send Access-Control-Allow-Origin)`;
        console.error(`Tendik: the widget suite could not be loaded${where}:`, err);
      },
    );
  }

  _mountNow() {
    const { key, m } = this._queued ?? {};
    this._queued = undefined;
    if (!this.isConnected || this._pending !== key || !m) return;
    this._pending = undefined;
    if (this._suite && this._suite !== m) this._suite.unmountWidget(this);
    this._suite = m;
    this._suiteKey = key;
    this._shown = undefined;
    m.mountWidget(this);
    this._settle();
  }

  // embed.rs lays the widget out unseen (.tendik-pending) behind the fallback; once it has
  // painted or given up (`data-state`), it takes the fallback's place (see _swap).
  _settle() {
    const root = this.shadowRoot;
    const settled = () => root.querySelector('.tendik-pending [data-state="ready"], .tendik-pending [data-state="error"]');
    const mount = (this._mounts = (this._mounts ?? 0) + 1);
    const reveal = () => {
      const live = root.querySelector('.tendik-root');
      if (!live || mount !== this._mounts) return;
      live.classList.remove('tendik-pending');
      for (const n of [...root.childNodes]) if (n !== live) n.remove();
    };
    this._settling?.disconnect();
    const check = () => {
      if (!root.querySelector('.tendik-pending')) return this._settling?.disconnect();
      const s = settled();
      if (!s) return;
      this._settling?.disconnect();
      this._settling = undefined;
      // A failure is shown at once: no live chart is coming to wait for.
      if (s.getAttribute('data-state') === 'error') reveal();
      else this._swap(reveal);
    };
    this._settling = new MutationObserver(check);
    this._settling.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    check();
  }

  // The widget has painted, unseen behind the fallback (embed.rs calls this). It takes the
  // place of a static figure at once when that moves nothing the reader sees: the same height, or
  // the element's bottom edge off screen before and after (a scroll or resize may make it
  // so later). Otherwise on the reader's first key or tap anywhere (so Tab reaches its
  // marks; a shift after input is not layout shift), a pointer over it, a hidden tab, or
  // printing.
  _swap(reveal) {
    const live = this.shadowRoot.querySelector('.tendik-root')?.getBoundingClientRect().height ?? 0;
    const unseen = () => {
      const r = this.getBoundingClientRect();
      const ends = [r.bottom, r.top + live];
      return document.hidden || Math.abs(r.height - live) < 1
        || Math.min(...ends) >= innerHeight || Math.max(...ends) <= 0;
    };
    // A text fallback ("Loading chart…") gives way at once: the reader is waiting for more.
    if (!this.querySelector(':scope > picture, :scope > img') || unseen()) return reveal();
    const on = [[window, 'scroll'], [window, 'resize'], [document, 'visibilitychange'], [window, 'beforeprint'],
      [window, 'keydown'], [window, 'pointerdown'], [this, 'pointerover'], [this, 'focusin']];
    const check = (e) => {
      if (['scroll', 'resize', 'visibilitychange'].includes(e.type) && !unseen()) return;
      on.forEach(([t, type]) => t.removeEventListener(type, check, true));
      reveal();
    };
    on.forEach(([t, type]) => t.addEventListener(type, check, { capture: true, passive: true }));
  }

  _failMount(err) {
    this._failed = this._suiteKey;
    this._unmount();
    this._showNote('failed');
    console.error('Tendik: the widget could not be rendered:', err);
  }

  // Attribute storms and data edits re-read the element once per turn, not once each.
  _update() {
    if (this._updating) return;
    this._updating = true;
    queueMicrotask(() => {
      this._updating = false;
      if (this._suite && this.isConnected) this._suite.updateWidget(this);
    });
  }

  _unmount() {
    if (!this._suite) return;
    // Rust empties the shadow root: whatever note was there is gone.
    this._suite.unmountWidget(this);
    this._shown = undefined;
    this._suite = undefined;
    this._suiteKey = undefined;
  }

  _showNote(which, name) {
    const text = note(which, this, name);
    if (this._shown === text && !this._frame) return;
    this._shown = text;
    this._frame?.remove();
    this._frame = undefined;
    showFallback(this.shadowRoot, text);
  }

  _showFrame() {
    framing().then(
      (f) => this.isConnected && f.showFrame(this, base, FRAME_HELP),
      () => this._showNote('failed'),
    );
  }
}

if (!customElements.get('tendik-widget')) {
  customElements.define('tendik-widget', TendikWidget);
}

// The standalone app page needs the suite at once.
if (isApp()) load('app');
