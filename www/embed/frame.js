// The iframe embed, both ends.
//
// In the frame (embed.html?widget=violence-trend&lang=kk&theme=dark): creates the widget
// from the URL and tells the parent page its height, so the host's resizer can size the
// frame: no scrollbars, nothing clipped. With `data-from=<origin>` the newsroom's data
// comes by message from the parent page on that origin, and the widget appears only once
// it has it, so the embedded figures never stand in for it.
//
// On a host page whose Content-Security-Policy forbids WebAssembly, the loader imports
// this module and calls `showFrame` for each <tendik-widget>: it shows the iframe embed of
// the same widget, language, theme and data, sized to the frame's reported height. Loaded
// only there, so it costs the script embed nothing elsewhere.

// Every height and data message is checked for its window and origin, and its shape.
const MAX_HEIGHT = 20000;
const isHeight = (h) => typeof h === 'number' && Number.isFinite(h) && h >= 0 && h <= MAX_HEIGHT;
// A URL parameter keeps at most this much of an attribute, and the frame of a parameter,
// whatever the page wrote: the widget's messages quote less still.
const clip = (value) => value.slice(0, 200);

const frameRoot = document.getElementById('tendik-frame');
if (frameRoot) {
  const params = new URLSearchParams(location.search);
  const param = (key) => (params.has(key) ? clip(params.get(key)) : null);
  const widget = document.createElement('tendik-widget');
  // Attributes, never HTML: the widget validates them and shows a message if they are wrong.
  widget.setAttribute('name', param('widget') ?? '');
  for (const key of ['lang', 'theme']) {
    const value = param(key);
    if (value !== null) widget.setAttribute(key, value);
  }
  if (param('lang')) document.documentElement.lang = param('lang');

  const frameId = param('id') ?? '';
  // WordPress's embed protocol (wp-embed.js): it adds `#?secret=…` to the frame's URL and
  // shows the frame at the height it is sent as {message: 'height', value, secret}.
  const secret = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash)?.[1] ?? null;
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!widget.isConnected || height === lastHeight || window.parent === window) return;
    lastHeight = height;
    // The height is not secret; the receiver checks who sent it and its shape.
    window.parent.postMessage({ type: 'tendik:height', id: frameId, height }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
    // AMP's amp-iframe (`resizable`) asks its page for this height; elsewhere it is ignored.
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(report).observe(document.documentElement);
  } else {
    // No ResizeObserver: look on every window resize, and four times a second for the rest.
    window.addEventListener('resize', report);
    setInterval(report, 250);
  }

  const dataFrom = params.get('data-from');
  const askedAuto = (param('theme')?.toLowerCase() ?? 'auto') === 'auto';
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data || typeof data !== 'object') return;
    // The host may ask again (for example after it re-laid out; wp-embed.js says 'ready'
    // when it starts listening); anything else is ignored.
    if (data.type === 'tendik:request-height' || (secret && data.message === 'ready' && data.secret === secret)) {
      lastHeight = -1;
      report();
    }
    // The host's resizer says what an auto theme means on its page (tendik-resizer.js).
    if (data.type === 'tendik:theme' && ['light', 'dark'].includes(data.theme) && askedAuto) {
      widget.setAttribute('theme', data.theme);
    }
    if (data.type === 'tendik:data' && event.origin === dataFrom && typeof data.data === 'string') {
      widget.setAttribute('data', data.data);
      if (!widget.isConnected) frameRoot.append(widget);
    }
  });
  if (dataFrom === null) frameRoot.append(widget);
  // Nothing secret in the request: the data itself comes only from `data-from`.
  else if (window.parent !== window) window.parent.postMessage({ type: 'tendik:want-data', id: frameId }, '*');
}

// The host side. `help` is the loader's: the element's language tag and data text, and
// its notes.
const framed = new Set();
let count = 0;
let forbidden = false;
let listening = false;

function listen(base, help) {
  if (listening) return;
  listening = true;
  window.addEventListener('message', (event) => {
    if (event.origin !== base.origin) return;
    const el = [...framed].find((f) => f._frame?.contentWindow === event.source);
    const data = event.data;
    if (!el || !data || typeof data !== 'object') return;
    if (data.type === 'tendik:want-data') postData(el, base, help);
    if (data.type === 'tendik:height' && isHeight(data.height)) {
      el.shadowRoot.querySelector('[part="fallback"]')?.remove();
      Object.assign(el._frame.style, { height: `${Math.ceil(data.height)}px`, visibility: 'visible' });
    }
  });
  // Frames forbidden too (frame-src, child-src): the elements keep their fallback content.
  document.addEventListener('securitypolicyviolation', (event) => {
    let origin;
    try {
      origin = new URL(event.blockedURI).origin;
    } catch {
      return;
    }
    if (forbidden || !/^(frame|child)-src/.test(event.effectiveDirective) || origin !== base.origin) return;
    forbidden = true;
    console.error(
      `Tendik: this page's Content-Security-Policy forbids frames from ${base.origin} as well as WebAssembly, so each chart keeps its fallback content.`,
    );
    framed.forEach((f) => f._refresh());
  });
}

function postData(el, base, help) {
  const data = help.dataText(el);
  if (data !== null) el._frame?.contentWindow?.postMessage({ type: 'tendik:data', data }, base.origin);
}

// Shows `el` as the iframe embed of what it asks for; again after a change (a new frame
// for a new widget, language or theme; new data by message).
export function showFrame(el, base, help) {
  if (forbidden) {
    help.note(el, 'failed');
    return;
  }
  el._frameId ??= `tendik-${++count}`;
  const params = new URLSearchParams({ widget: clip(el.getAttribute('name') ?? ''), id: el._frameId });
  const lang = help.langTag(el);
  if (lang) params.set('lang', clip(lang));
  // The frame cannot see this page's colour scheme (embed.html declares both): an auto
  // theme goes as what it means here.
  const theme = help.themeFor(el);
  if (theme !== null) params.set('theme', clip(theme));
  // The data goes by message: a URL is too short for 64 KiB, and ends up in logs.
  if (help.dataText(el) !== null) params.set('data-from', location.origin);
  const src = new URL(`embed.html?${params}`, base).href;
  if (el._frame?.src === src) {
    postData(el, base, help);
    return;
  }
  listen(base, help);
  // Hidden until it reports its height; the fallback shows meanwhile.
  help.note(el, 'loading');
  const frame = document.createElement('iframe');
  frame.title = el.getAttribute('name') ?? '';
  Object.assign(frame.style, { display: 'block', width: '100%', height: '0', border: '0', visibility: 'hidden' });
  frame.src = src;
  el._frame = frame;
  framed.forEach((f) => f._frame || framed.delete(f));
  framed.add(el);
  el.shadowRoot.append(frame);
}
