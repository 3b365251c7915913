// Chart.js from its WebJar (no CDN), loaded once on the first admin screen that draws a chart. Every chart is an
// image for assistive technology (role=img with a label); the numbers are always in a table next to it too.
const CHART_JS = '/webjars/chart.js/4.4.1/dist/chart.umd.js';
let loading = null;

function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = CHART_JS;
      script.onload = () => resolve(window.Chart);
      script.onerror = () => {
        loading = null;
        reject(new Error('The charts could not be loaded.'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

/** Draws a bar chart into `canvas`; answers a function that removes it. Without Chart.js, the table stands alone. */
export async function barChart(canvas, { labels, datasets, horizontal = false, valueSuffix = '' }) {
  let Chart;
  try {
    Chart = await loadChartJs();
  } catch {
    canvas.replaceWith(document.createTextNode(''));
    return () => {};
  }
  // labels and grid lines in the page's colours, light or dark (js/theme.js)
  const css = getComputedStyle(document.documentElement);
  const text = css.getPropertyValue('--bs-secondary-color').trim() || '#666';
  const grid = css.getPropertyValue('--bs-border-color-translucent').trim() || 'rgba(0, 0, 0, .1)';
  const axis = { beginAtZero: true, ticks: { color: text }, grid: { color: grid } };
  // the value axis says its unit ("0.5 %"), its numbers formatted as Chart.js would; the other keeps its labels
  const values = !valueSuffix ? axis : { ...axis, ticks: { ...axis.ticks, callback(value, index, ticks) {
    return `${Chart.Ticks.formatters.numeric.call(this, value, index, ticks)}${valueSuffix}`;
  } } };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: text,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: horizontal ? { x: values, y: axis } : { x: axis, y: values },
    },
  });
  return () => chart.destroy();
}
