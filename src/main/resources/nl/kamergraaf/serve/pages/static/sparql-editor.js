// The SPARQL editor at /sparql: YASGUI on this server's own endpoint, the example queries one
// click away, and two result views of our own (Chart.js, Cytoscape.js). Everything comes from
// this server: the autocompleters that would ask prefix.cc or LOV are switched off, which the
// Content-Security-Policy would block anyway.
(function () {
  'use strict';
  var container = document.getElementById('yasgui');
  var endpoint = window.location.origin + container.getAttribute('data-endpoint');

  function numeric(term) {
    return term && term.type !== 'uri' && term.value !== '' && !isNaN(Number(term.value));
  }

  function shortName(term) {
    if (!term) return '';
    if (term.type !== 'uri') return term.value;
    var v = term.value;
    return v.substring(Math.max(v.lastIndexOf('#'), v.lastIndexOf('/')) + 1) || v;
  }

  function icon(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  /** A bar chart: the first column that is not a number as labels, each number column a series. */
  function ChartView(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = 'Chart';
  }
  ChartView.prototype.columns = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables || !r.getBindings) return null;
    var vars = r.getVariables(), rows = r.getBindings() || [];
    if (!rows.length) return null;
    var numbers = vars.filter(function (v) { return rows.every(function (b) { return !b[v] || numeric(b[v]); }) && rows.some(function (b) { return numeric(b[v]); }); });
    var label = vars.find(function (v) { return numbers.indexOf(v) < 0; });
    return numbers.length ? { label: label, numbers: numbers, rows: rows } : null;
  };
  ChartView.prototype.canHandleResults = function () { return !!this.columns(); };
  ChartView.prototype.getIcon = function () { return icon('▮'); };
  ChartView.prototype.draw = function () {
    var c = this.columns();
    var box = document.createElement('div');
    box.className = 'editor-chart';
    var canvas = document.createElement('canvas');
    box.appendChild(canvas);
    this.yasr.resultsEl.appendChild(box);
    var rows = c.rows.slice(0, 200);
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (b, i) { return c.label ? shortName(b[c.label]) : String(i + 1); }),
        datasets: c.numbers.map(function (v) {
          return { label: v, data: rows.map(function (b) { return b[v] ? Number(b[v].value) : null; }) };
        })
      },
      options: { animation: false, maintainAspectRatio: false }
    });
    container.setAttribute('data-chart-drawn', String(rows.length));
  };

  /** A graph: each row whose first two IRI columns name two resources is an edge between them. */
  function GraphView(yasr) {
    this.yasr = yasr;
    this.priority = 4;
    this.label = 'Graph';
  }
  GraphView.prototype.columns = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables || !r.getBindings) return null;
    var rows = r.getBindings() || [];
    var iris = r.getVariables().filter(function (v) { return rows.some(function (b) { return b[v] && b[v].type === 'uri'; }); });
    return rows.length && iris.length >= 2 ? { from: iris[0], to: iris[1], rows: rows } : null;
  };
  GraphView.prototype.canHandleResults = function () { return !!this.columns(); };
  GraphView.prototype.getIcon = function () { return icon('◉'); };
  GraphView.prototype.draw = function () {
    var c = this.columns();
    var box = document.createElement('div');
    box.className = 'editor-graph';
    this.yasr.resultsEl.appendChild(box);
    var nodes = {}, edges = [];
    c.rows.slice(0, 1000).forEach(function (b, i) {
      var s = b[c.from], o = b[c.to];
      if (!s || !o) return;
      nodes[s.value] = { data: { id: s.value, label: shortName(s) } };
      nodes[o.value] = { data: { id: o.value, label: shortName(o) } };
      edges.push({ data: { id: 'e' + i, source: s.value, target: o.value } });
    });
    window.cytoscape({
      container: box,
      elements: Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges),
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#1f5fa8' } },
        { selector: 'edge', style: { width: 1, 'line-color': '#9aa5b8', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa5b8' } }
      ],
      layout: { name: 'cose', animate: false }
    });
  };

  // Only the variables autocompleter: the others fetch prefix.cc and LOV. The defaults' array is
  // emptied in place, because YASGUI merges a configured array into it index by index.
  var completers = window.Yasqe.defaults.autocompleters;
  completers.splice(0, completers.length, 'variables');

  window.Yasr.registerPlugin('chart', ChartView);
  window.Yasr.registerPlugin('graph', GraphView);

  var yasgui = new window.Yasgui(container, {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasr: { pluginOrder: ['table', 'chart', 'graph', 'response'], defaultPlugin: 'table' }
  });

  // Row count of the last answer drawn, for people and for the browser test.
  function watch(tab) {
    if (!tab || tab.kamergraafWatched) return;
    tab.kamergraafWatched = true;
    tab.getYasr().on('drawn', function (yasr) {
      var results = yasr.results;
      var rows = results && results.getBindings ? (results.getBindings() || []).length : 0;
      container.setAttribute('data-rows', String(rows));
    });
  }
  watch(yasgui.getTab());
  yasgui.on('tabChange', function () { watch(yasgui.getTab()); });

  Array.prototype.forEach.call(document.querySelectorAll('button.example'), function (button) {
    button.addEventListener('click', function () {
      var tab = yasgui.getTab();
      watch(tab);
      tab.setQuery(button.getAttribute('data-query'));
      tab.query();
    });
  });

  // ?run=FILE loads and runs that example (links from the README and the pages).
  var run = new URLSearchParams(window.location.search).get('run');
  if (run) {
    var chosen = Array.prototype.find.call(document.querySelectorAll('button.example'), function (b) { return b.textContent === run; });
    if (chosen) chosen.click();
  }
}());
