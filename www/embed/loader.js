// Tendik loader (stable URL: tendik.js). Defines <tendik-widget> and loads the widget
// suite's wasm once, the first time a widget needs it. No globals, no inline script.
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
const suites = new Map();

// A split embed bundle (docs/lazy-chunks.md) loads each widget's code as a chunk. The loader
// starts the chunks of the widgets on the page with the main module; the bundle's link
// module takes each response once. Per bundle: chunk URL -> pending response, or null once
// taken (then the link module fetches it itself, as on a retry).
const early = new Map();

function prefetch(key, name) {
  const files = (key === 'app' ? APP : EMBEDS[key])?.prefetch?.[name];
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
      return m;
    })());
  }
  return suites.get(key);
}

// Which bundle renders this element: as the widget reads its language (its own `lang`,
// else the nearest ancestor's; `kk-KZ`, `ru_RU`… by the first subtag), English otherwise.
// The same reading as the wasm's (`read_config` in tendik-widgets' embed.rs with
// `Lang::from_tag`), which cannot run before a bundle is chosen; keep the two alike.
// An invalid `lang` gets the English bundle, which says what is wrong.
function suiteFor(el) {
  if (isApp()) return 'app';
  const tag = el.getAttribute('lang') ?? el.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  if (primary === 'ru') return 'ru';
  if (primary === 'kk' || primary === 'kz') return 'kk';
  return 'en';
}

// Shown through a <slot> until the widget mounts: the element's own text, or this.
function showFallback(root, note) {
  root.replaceChildren();
  const p = document.createElement('p');
  p.setAttribute('part', 'fallback');
  const slot = document.createElement('slot');
  slot.textContent = note;
  p.append(slot);
  root.append(p);
}

class TendikWidget extends HTMLElement {
  static get observedAttributes() {
    return ['name', 'lang', 'theme', 'data', 'data-script'];
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      showFallback(this.attachShadow({ mode: 'open' }), 'Loading chart…');
    }
    // Fetch and compile the bundle at once (one download for every element of a
    // language), but render widgets below the fold only when they come near the viewport.
    load(suiteFor(this)).catch(() => {});
    this._prefetch();
    if ('IntersectionObserver' in window) {
      this._seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this._seen.disconnect();
          this._mount();
        }
      }, { rootMargin: '200px' });
      this._seen.observe(this);
    } else {
      this._mount();
    }
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

  // Mounts the widget in its language's bundle. `_pending` is the bundle being loaded for
  // this element: a later call (the language changed again) wins.
  _mount() {
    const key = suiteFor(this);
    this._pending = key;
    load(key).then(
      (m) => {
        if (!this.isConnected || this._pending !== key) return;
        this._pending = undefined;
        // A language change: the old bundle's widget stayed until this one was ready.
        if (this._suite && this._suite !== m) this._suite.unmountWidget(this);
        this._suite = m;
        this._suiteKey = key;
        m.mountWidget(this);
      },
      (err) => {
        if (this._pending !== key) return;
        this._pending = undefined;
        if (this._suite) this._suite.unmountWidget(this);
        this._suite = undefined;
        showFallback(this.shadowRoot, 'This chart could not be loaded.');
        console.error('Tendik: the widget suite could not be loaded:', err);
      },
    );
  }

  attributeChangedCallback() {
    const key = suiteFor(this);
    if (this.isConnected) this._prefetch();
    // A bundle is loading for this element: it mounts with the attributes as they are then,
    // unless the language now needs another bundle.
    if (this._pending !== undefined) {
      if (this._pending !== key) this._mount();
      return;
    }
    if (!this._suite) return; // not mounted yet: the mount reads the attributes
    if (key === this._suiteKey) {
      this._suite.updateWidget(this);
    } else {
      // Another language: that language's bundle renders it once loaded.
      this._mount();
    }
  }

  disconnectedCallback() {
    if (this._seen) this._seen.disconnect();
    this._pending = undefined;
    if (this._suite) this._suite.unmountWidget(this);
    this._suite = undefined;
  }
}

if (!customElements.get('tendik-widget')) {
  customElements.define('tendik-widget', TendikWidget);
}

// The standalone app page needs the suite at once.
if (isApp()) load('app');
