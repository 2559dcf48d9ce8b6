// Iframe embed page (embed.html?widget=violence-trend&lang=kk&theme=dark).
// Creates the widget from the URL and tells the parent page its height, so the host's
// resizer can size the frame: no scrollbars, nothing clipped.
const params = new URLSearchParams(location.search);
const widget = document.createElement('tendik-widget');
// Attributes, never HTML: the widget validates them and shows a message if they are wrong.
widget.setAttribute('name', params.get('widget') ?? '');
for (const key of ['lang', 'theme']) {
  const value = params.get(key);
  if (value !== null) widget.setAttribute(key, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.getElementById('tendik-frame').append(widget);

const frameId = params.get('id') ?? '';
let lastHeight = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // The height is not secret; the receiver checks who sent it and its shape.
  window.parent.postMessage({ type: 'tendik:height', id: frameId, height }, '*');
}
new ResizeObserver(report).observe(document.documentElement);

// The host may ask again (for example after it re-laid out); anything else is ignored.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data;
  if (data && typeof data === 'object' && data.type === 'tendik:request-height') {
    lastHeight = -1;
    report();
  }
});
