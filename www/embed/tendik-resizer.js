// Tendik iframe resizer (optional, for host pages): sizes every
// <iframe data-tendik-embed src=".../embed.html?widget=..."> to its content's height.
//   <script type="module" src="https://your-host/tendik/tendik-resizer.js"></script>
// Only messages from a Tendik frame's own window and origin, of the expected shape, count.
const MAX_HEIGHT = 20000;

function frames() {
  return Array.from(document.querySelectorAll('iframe[data-tendik-embed]'));
}

function originOf(frame) {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || data.type !== 'tendik:height') return;
  if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  if (data.height < 0 || data.height > MAX_HEIGHT) return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || originOf(frame) !== event.origin) return;
  // With border-box sizing the frame's own borders and padding come out of its height.
  const cs = getComputedStyle(frame);
  const extra =
    cs.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
          .map((k) => parseFloat(cs[k]) || 0)
          .reduce((a, b) => a + b, 0)
      : 0;
  frame.style.height = `${Math.ceil(data.height + extra)}px`;
  frame.setAttribute('scrolling', 'no');
  tellTheme(frame, event.origin);
});

// The frame cannot see this page's colour scheme, so an auto theme is told what it means
// here, as the script embed decides it (loader.js pageTheme): light where the page
// declares no dark scheme, dark where only dark; nothing where both (the frame follows
// the reader's system).
const told = new WeakSet();
function tellTheme(frame, origin) {
  if (told.has(frame)) return;
  told.add(frame);
  const asked = new URL(frame.src, location.href).searchParams.get('theme');
  if (asked !== null && asked.trim().toLowerCase() !== 'auto') return;
  const css = getComputedStyle(frame).colorScheme?.trim();
  const declared = (css && css !== 'normal' ? css : document.querySelector('meta[name="color-scheme"]')?.content ?? '')
    .toLowerCase().split(/\s+/);
  const dark = declared.includes('dark');
  if (dark && declared.includes('light')) return;
  frame.contentWindow?.postMessage({ type: 'tendik:theme', theme: dark ? 'dark' : 'light' }, origin);
}

// Frames that loaded before this script: ask them to report again.
for (const frame of frames()) {
  const origin = originOf(frame);
  if (origin && frame.contentWindow) {
    frame.contentWindow.postMessage({ type: 'tendik:request-height' }, origin);
  }
}
