// The Chart.js reference: Tendik's three widgets drawn with Chart.js (npm `chart.js`, the
// UMD build an article page would take from a CDN), for the benchmark (tests/bench/bench.mjs).
//
// Same figures as Tendik's embedded dataset:
//   quota-gauge     women's share: Majilis 18.9%, maslikhats 22.7%, against the 30% quota
//   violence-trend  domestic-violence incidents: 115,526 (2022), no figure (2023), 75,004 (2024)
//   peacekeeping    UN peacekeepers, Sept 2023, by role: experts 6, staff officers 5, troops 8;
//                   all men, 0 women
// Each widget is the same frame as Tendik's: title, takeaway, chart, notes, data table,
// source. Animation is off, so a chart is drawn when `new Chart` returns; an afterRender
// hook sets data-state="ready" on the frame, as Tendik's widgets do once painted.
//
// <div data-reference="quota-gauge"> elements are filled when this script runs;
// window.TendikReference.create(name, parent) makes one more and returns { destroy() }.
(function () {
  'use strict';

  const WOMEN = '#9a3a08';
  const MEN = '#2f7fc9';
  const INK = '#1a1a1a';
  const GRID = '#e4e4e4';
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

  const CEDAW = "Replies of Kazakhstan to the UN CEDAW Committee's list of issues (CEDAW, 2025)";
  const fmt = (n) => n.toLocaleString('en-US');

  const WIDGETS = {
    'quota-gauge': {
      title: 'Women in elected bodies, against the 30% quota',
      takeaway:
        'Every body shown is below the 30% quota: Majilis 18.9% (11.1 points short), Maslikhats 22.7% (7.3 points short).',
      notes: [
        'The 30% quota is shared by women, young people and persons with disabilities: it is not reserved for women alone. The Act was signed on 7 February 2022 and entered into force on 19 February 2022.',
      ],
      table: {
        caption: "Women's share of seats",
        columns: ['Body', "Women's share", 'Quota'],
        rows: [
          ['Majilis', '18.9%', '30%'],
          ['Maslikhats', '22.7%', '30%'],
        ],
      },
      source: `Source: ${CEDAW} (para. 10 (b); para. 10 (d))`,
      config: () => ({
        type: 'bar',
        data: {
          labels: ['Majilis 18.9%', 'Maslikhats 22.7%'],
          datasets: [{ label: "Women's share", data: [18.9, 22.7], backgroundColor: WOMEN, barPercentage: 0.7 }],
        },
        options: {
          indexAxis: 'y',
          layout: { padding: { top: 18 } },
          scales: {
            x: { min: 0, max: 50, ticks: { callback: (v) => `${v}%` }, grid: { color: GRID } },
            y: { grid: { display: false } },
          },
          plugins: {
            legend: { display: false },
            referenceLines: { lines: [{ axis: 'x', value: 30, label: '30% quota' }] },
          },
        },
      }),
    },
    'violence-trend': {
      title: 'Recorded domestic-violence incidents',
      takeaway: 'Recorded incidents fell from 115,526 in 2022 to 75,004 in 2024.',
      notes: [
        'The sources give no figure for 2023, so the line is broken there.',
        'Goal: a 50% reduction. The source names no baseline year; the dashed line assumes 2022, which puts the goal at 57,763 or fewer.',
      ],
      table: {
        caption: 'Recorded domestic-violence incidents',
        columns: ['Year', 'Incidents'],
        rows: [
          ['2022', '115,526'],
          ['2023', 'no figure'],
          ['2024', '75,004'],
        ],
      },
      source: `Source: ${CEDAW} (para. 3 (b); para. 15 (h))`,
      config: () => ({
        type: 'line',
        data: {
          labels: ['2022', '2023', '2024'],
          datasets: [
            {
              label: 'Incidents',
              data: [115526, null, 75004],
              spanGaps: false,
              borderColor: MEN,
              backgroundColor: MEN,
              pointRadius: 4,
            },
          ],
        },
        options: {
          scales: {
            y: { beginAtZero: true, max: 150000, ticks: { stepSize: 50000, callback: (v) => fmt(v) }, grid: { color: GRID } },
            x: { offset: true, grid: { display: false } },
          },
          plugins: {
            legend: { display: false },
            referenceLines: {
              lines: [{ axis: 'y', value: 57763, label: 'Goal: −50% from 2022 (assumed baseline): 57,763' }],
            },
          },
        },
      }),
    },
    peacekeeping: {
      title: "Kazakhstan's UN peacekeepers by role, September 2023",
      takeaway: 'All 19 peacekeepers Kazakhstan deployed were men: 0 women, against a goal of 10% women.',
      notes: [],
      table: {
        caption: 'UN peacekeepers by role, September 2023',
        columns: ['Role', 'Men', 'Women'],
        rows: [
          ['Experts on Mission', '6', '0'],
          ['Staff Officers', '5', '0'],
          ['Troops', '8', '0'],
        ],
      },
      source:
        "Sources: Summary of Kazakhstan's WPS National Action Plan 2022–25, with UN peacekeeping statistics (Sept 2023) (section “UN peacekeeping statistics”). " +
        `${CEDAW} (para. 15 (h))`,
      config: () => ({
        type: 'bar',
        data: {
          labels: ['Experts on Mission', 'Staff Officers', 'Troops'],
          datasets: [
            { label: 'Men', data: [6, 5, 8], backgroundColor: MEN },
            { label: 'Women', data: [0, 0, 0], backgroundColor: WOMEN },
          ],
        },
        options: {
          indexAxis: 'y',
          scales: {
            x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: GRID } },
            y: { stacked: true, grid: { display: false } },
          },
          plugins: { legend: { position: 'top', align: 'start' } },
        },
      }),
    },
  };

  // Dashed reference lines (the quota, the goal): Chart.js has none built in.
  const referenceLines = {
    id: 'referenceLines',
    afterDatasetsDraw(chart, _args, options) {
      const lines = (options && options.lines) || [];
      if (!lines.length) return;
      const { ctx, chartArea: area, scales } = chart;
      ctx.save();
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = INK;
      ctx.fillStyle = INK;
      ctx.font = `600 12px ${FONT}`;
      for (const line of lines) {
        ctx.beginPath();
        if (line.axis === 'x') {
          const x = scales.x.getPixelForValue(line.value);
          ctx.moveTo(x, area.top);
          ctx.lineTo(x, area.bottom);
          ctx.stroke();
          ctx.textAlign = 'center';
          ctx.fillText(line.label, x, area.top - 5);
        } else {
          const y = scales.y.getPixelForValue(line.value);
          ctx.moveTo(area.left, y);
          ctx.lineTo(area.right, y);
          ctx.stroke();
          ctx.textAlign = 'right';
          ctx.fillText(line.label, area.right, y + 14);
        }
      }
      ctx.restore();
    },
  };

  // The benchmark's "painted" signal, as Tendik's data-state="ready".
  const readySignal = {
    id: 'readySignal',
    afterRender(chart) {
      const frame = chart.canvas.closest('.ref-widget');
      if (frame && frame.getAttribute('data-state') !== 'ready') frame.setAttribute('data-state', 'ready');
    },
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function frame(name, spec) {
    const figure = el('figure', 'ref-widget');
    figure.setAttribute('data-widget', name);
    figure.setAttribute('data-state', 'loading');
    const title = el('h2', 'ref-title', spec.title);
    title.id = `ref-title-${(frame.next = (frame.next || 0) + 1)}`;
    figure.setAttribute('aria-labelledby', title.id);
    figure.append(title, el('p', 'ref-takeaway', spec.takeaway));
    const box = el('div', 'ref-chart');
    box.setAttribute('data-kind', name);
    const canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', [spec.takeaway, ...spec.notes].join(' '));
    box.append(canvas);
    figure.append(box);
    if (spec.notes.length) {
      const notes = el('ul', 'ref-notes');
      for (const n of spec.notes) notes.append(el('li', '', n));
      figure.append(notes);
    }
    const details = el('details', 'ref-table');
    details.append(el('summary', '', 'Data table'));
    const table = el('table');
    table.append(el('caption', '', spec.table.caption));
    const head = el('tr');
    for (const c of spec.table.columns) {
      const th = el('th', '', c);
      th.scope = 'col';
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    table.append(thead);
    const body = el('tbody');
    for (const [first, ...rest] of spec.table.rows) {
      const tr = el('tr');
      const th = el('th', '', first);
      th.scope = 'row';
      tr.append(th, ...rest.map((c) => el('td', '', c)));
      body.append(tr);
    }
    table.append(body);
    details.append(table);
    figure.append(details, el('p', 'ref-source', spec.source));
    return { figure, canvas };
  }

  // Renders widget `name` into `host` (emptied first); returns { destroy() }.
  function mount(host, name) {
    const spec = WIDGETS[name];
    if (!spec) throw new Error(`no reference widget ${name}`);
    const { figure, canvas } = frame(name, spec);
    host.replaceChildren(figure);
    const config = spec.config();
    config.plugins = [referenceLines, readySignal];
    config.options = Object.assign(
      { animation: false, responsive: true, maintainAspectRatio: false },
      config.options,
    );
    const chart = new Chart(canvas, config);
    return {
      chart,
      destroy() {
        chart.destroy();
        host.replaceChildren();
      },
    };
  }

  Chart.defaults.font.family = FONT;
  Chart.defaults.color = '#3d3d3d';

  window.TendikReference = {
    mount,
    // A new widget at the end of `parent`; destroy() removes it again.
    create(name, parent) {
      const host = el('div', 'ref-host');
      parent.append(host);
      const handle = mount(host, name);
      return {
        chart: handle.chart,
        destroy() {
          handle.destroy();
          host.remove();
        },
      };
    },
  };

  for (const host of document.querySelectorAll('[data-reference]')) {
    mount(host, host.getAttribute('data-reference'));
  }
})();
