// Benchmark probe: added to every page before its own scripts (Playwright addInitScript).
//
// Records, for every widget root (an element with data-widget and data-state, in the
// document or in any shadow root), the moment its data-state first becomes "ready", as
// performance.now(): milliseconds since navigation start. Tendik's widgets set
// data-state="ready" once their canvas is painted; the Chart.js reference sets it from an
// afterRender plugin hook. Only attribute changes are observed (both start at "loading"),
// so the probe costs each side the same few microseconds.
(() => {
  const bench = {
    ready: [], // { name, t }
    errors: [], // { name, t }
    shadowRoots: [],
  };
  const seen = new WeakSet();
  const waiters = [];

  function check(el, t) {
    if (seen.has(el)) return;
    const state = el.getAttribute('data-state');
    if (state !== 'ready' && state !== 'error') return;
    seen.add(el);
    (state === 'ready' ? bench.ready : bench.errors).push({ name: el.getAttribute('data-widget'), t });
    for (const w of waiters.slice()) w();
  }

  function onRecords(records) {
    const t = performance.now();
    for (const r of records) check(r.target, t);
  }

  function observe(root) {
    new MutationObserver(onRecords).observe(root, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  }

  // The first static figure inside a <tendik-widget> to finish loading: the moment the
  // reader first sees a chart on a page whose embeds carry their figures. (An element's
  // load event reaches the document, not the window.)
  document.addEventListener(
    'load',
    (e) => {
      if (bench.figure == null && e.target.localName === 'img' && e.target.closest?.('tendik-widget')) bench.figure = performance.now();
    },
    true,
  );

  observe(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    // Forget collected roots now and then, so that a page creating and removing
    // widgets all day does not grow this list.
    if (bench.shadowRoots.length >= 64) bench.shadowRoots = bench.shadowRoots.filter((r) => r.deref());
    bench.shadowRoots.push(new WeakRef(root));
    observe(root);
    return root;
  };

  // Every widget root now in the page, shadow roots included.
  bench.roots = () => {
    const roots = [...document.querySelectorAll('[data-state]')];
    for (const ref of bench.shadowRoots) {
      const r = ref.deref();
      if (r && r.host.isConnected) roots.push(...r.querySelectorAll('[data-state]'));
    }
    return roots;
  };

  // Resolves once `count` widgets are ready (or any is in error, or after timeoutMs).
  bench.waitReady = (count, timeoutMs) =>
    new Promise((resolve) => {
      const done = (why) => {
        clearTimeout(timer);
        const i = waiters.indexOf(poll);
        if (i >= 0) waiters.splice(i, 1);
        const times = bench.ready.map((r) => r.t);
        resolve({
          why,
          count: bench.ready.length,
          first: times.length ? Math.min(...times) : null,
          all: times.length >= count ? Math.max(...times) : null,
          errors: bench.errors.slice(),
          unrecorded: bench.roots().filter((el) => el.getAttribute('data-state') === 'ready' && !seen.has(el)).length,
        });
      };
      const poll = () => {
        if (bench.errors.length) done('error');
        else if (bench.ready.length >= count) done('ready');
      };
      const timer = setTimeout(() => done('timeout'), timeoutMs);
      waiters.push(poll);
      poll();
    });

  window.__bench = bench;
})();
