// Draws every <canvas data-chart="{...}"> of the page with Chart.js: the data come from the
// page itself (no inline script: the CSP allows none), the numbers as the page shows them.
(function () {
  'use strict';
  var drawn = 0;
  // Axis numbers as people read them: 60 mld, 750 mln, 12.500 (Dutch grouping, as the tables).
  function human(value, unit) {
    var abs = Math.abs(value), prefix = unit === 'EUR' ? '€ ' : '';
    if (abs >= 1e9) return prefix + (value / 1e9).toLocaleString('nl-NL') + ' mld';
    if (abs >= 1e6) return prefix + (value / 1e6).toLocaleString('nl-NL') + ' mln';
    return prefix + value.toLocaleString('nl-NL');
  }
  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var horizontal = data.kind === 'hbar';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{ label: data.unit, data: data.values, backgroundColor: '#1f5fa8' }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        scales: (function () {
          var axis = { ticks: { callback: function (v) { return human(v, data.unit); } } };
          return horizontal ? { x: axis } : { y: axis };
        }()),
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (item) { return data.shown[item.dataIndex]; } } }
        }
      }
    });
    drawn++;
  });
  document.body.setAttribute('data-charts-drawn', String(drawn));
}());
