// kamergraaf graph view: draws the Cytoscape JSON export named by #graph[data-src].
// Served as a file so the page works under Content-Security-Policy default-src 'self'.
(function () {
  'use strict';
  var COLOURS = {
    fractie: '#7b3fa0', person: '#c2410c', country: '#15803d', program: '#1d4ed8',
    org: '#0e7490', role: '#a16207', meeting: '#be185d'
  };
  var container = document.getElementById('graph');
  var status = document.getElementById('graph-status');
  var filter = document.getElementById('type-filter');
  if (!container) { return; }
  window.addEventListener('error', function (e) {
    document.body.setAttribute('data-script-error', String(e.message));
  });
  var base = container.getAttribute('data-base');

  function pageOf(iri) {
    var prefix = base + 'id/';
    return iri.indexOf(prefix) === 0 ? '/page/' + iri.substring(prefix.length) : iri;
  }

  function say(text) { if (status) { status.textContent = text; } }

  fetch(container.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(t); }); }
      return r.json();
    })
    .then(function (json) {
      var elements = json.elements;
      var cy = cytoscape({
        container: container,
        elements: elements,
        style: [
          { selector: 'node', style: {
            'label': 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
            'width': 'mapData(documents, 1, 5, 12, 30)', 'height': 'mapData(documents, 1, 5, 12, 30)',
            'background-color': function (n) { return COLOURS[n.data('type')] || '#777'; } } },
          { selector: 'edge', style: {
            'width': 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#b8c0cc',
            'target-arrow-color': '#b8c0cc', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', 'opacity': 0.8 } },
          { selector: 'edge:selected, edge.hover', style: {
            'label': 'data(type)', 'font-size': 8, 'line-color': '#1f5fa8' } },
          { selector: '.hidden', style: { 'display': 'none' } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000,
          idealEdgeLength: 70 }
      });
      cy.on('tap', 'node', function (evt) { window.location.href = pageOf(evt.target.id()); });
      cy.on('mouseover', 'edge', function (evt) { evt.target.addClass('hover'); });
      cy.on('mouseout', 'edge', function (evt) { evt.target.removeClass('hover'); });
      var types = {};
      elements.nodes.forEach(function (n) { types[n.data.type] = (types[n.data.type] || 0) + 1; });
      Object.keys(types).sort().forEach(function (type) {
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = true;
        box.value = type;
        box.addEventListener('change', function () {
          cy.nodes('[type = "' + type + '"]').toggleClass('hidden', !box.checked);
        });
        var swatch = document.createElement('span');
        swatch.className = 'badge t-' + type;
        swatch.textContent = type + ' (' + types[type] + ')';
        label.appendChild(box);
        label.appendChild(swatch);
        filter.appendChild(label);
      });
      say(elements.nodes.length + ' nodes, ' + elements.edges.length + ' edges');
      document.body.setAttribute('data-graph-ready', elements.nodes.length + ' ' + elements.edges.length);
    })
    .catch(function (e) {
      say('Could not load the graph: ' + e.message);
      document.body.setAttribute('data-script-error', String(e.message));
    });
})();
