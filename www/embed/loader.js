// Tendik loader (stable URL: tendik.js). Defines <tendik-widget> and loads the widget
// suite's wasm once, the first time a widget needs it. No globals, no inline script.
//
// Text inside the element is its fallback: shown until the chart is ready, and kept if
// the suite cannot load:
//   <tendik-widget name="violence-trend">Recorded incidents fell … Source: …</tendik-widget>
const base = new URL('.', import.meta.url);
// The standalone app page loads the app's bundle, which has every widget too; every
// other page loads the smaller embed bundle (the widgets without the app's views).
const isApp = () => document.getElementById('tendik-app') !== null;
let suite;

function load() {
  suite ??= (async () => {
    const [module, wasm] = isApp()
      ? ['__TENDIK_APP_MODULE__', '__TENDIK_APP_WASM__']
      : ['__TENDIK_EMBED_MODULE__', '__TENDIK_EMBED_WASM__'];
    const m = await import(new URL(module, base).href);
    await m.default({ module_or_path: new URL(wasm, base) });
    return m;
  })();
  return suite;
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
    // Fetch and compile the suite at once (one download for every element), but render
    // widgets below the fold only when they come near the viewport.
    load().catch(() => {});
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

  _mount() {
    load().then(
      (m) => {
        if (this.isConnected) {
          this._suite = m;
          m.mountWidget(this);
        }
      },
      (err) => {
        showFallback(this.shadowRoot, 'This chart could not be loaded.');
        console.error('Tendik: the widget suite could not be loaded:', err);
      },
    );
  }

  attributeChangedCallback() {
    if (this._suite) this._suite.updateWidget(this);
  }

  disconnectedCallback() {
    if (this._seen) this._seen.disconnect();
    if (this._suite) this._suite.unmountWidget(this);
  }
}

if (!customElements.get('tendik-widget')) {
  customElements.define('tendik-widget', TendikWidget);
}

// The standalone app page needs the suite at once.
if (isApp()) load();
