// Tendik loader (stable URL: tendik.js). Defines <tendik-widget> and loads the widget
// suite's wasm once, the first time a widget needs it. No globals, no inline script.
const base = new URL('.', import.meta.url);
let suite;

function load() {
  suite ??= import(new URL('__TENDIK_MODULE__', base).href).then(async (m) => {
    await m.default({ module_or_path: new URL('__TENDIK_WASM__', base) });
    return m;
  });
  return suite;
}

const FALLBACK = 'Loading Tendik chart…';

class TendikWidget extends HTMLElement {
  static get observedAttributes() {
    return ['name', 'lang', 'theme'];
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.textContent = FALLBACK;
      root.append(p);
    }
    // Widgets below the fold render when they come near the viewport.
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
      (m) => { if (this.isConnected) { m.mountWidget(this); this._suite = m; } },
      (err) => {
        const p = this.shadowRoot.querySelector('p') || document.createElement('p');
        p.textContent = 'This Tendik chart could not be loaded.';
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
if (document.getElementById('tendik-app')) load();
