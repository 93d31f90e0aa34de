// kamergraaf graph view: draws the Cytoscape JSON export named by #graph[data-src].
// Served as a file so the page works under Content-Security-Policy default-src 'self'.
(function () {
  'use strict';
  // A type's colour is the pages' one: --c on .t-{type} in kamergraaf.css, written there from
  // ontology/entity-types.tsv, so there is no second palette here.
  var colours = {};
  function colourOf(type) {
    if (!(type in colours)) {
      var probe = document.createElement('span');
      probe.className = 't-' + type;
      document.body.appendChild(probe);
      colours[type] = getComputedStyle(probe).getPropertyValue('--c').trim() || '#777';
      document.body.removeChild(probe);
    }
    return colours[type];
  }
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

  // The readable start: without a filter the top entities by the weight of their relations
  // (data-top), and entities without relations only when asked (data-isolated="show").
  function readable(elements) {
    var top = Number(container.getAttribute('data-top') || 0);
    var showIsolated = container.getAttribute('data-isolated') === 'show';
    var weight = {};
    elements.edges.forEach(function (e) {
      weight[e.data.source] = (weight[e.data.source] || 0) + e.data.weight;
      weight[e.data.target] = (weight[e.data.target] || 0) + e.data.weight;
    });
    var nodes = elements.nodes.filter(function (n) { return showIsolated || weight[n.data.id]; });
    if (top > 0 && nodes.length > top) {
      nodes = nodes.slice().sort(function (a, b) {
        return (weight[b.data.id] || 0) - (weight[a.data.id] || 0) || (a.data.id < b.data.id ? -1 : 1);
      }).slice(0, top);
    }
    var kept = {};
    nodes.forEach(function (n) { kept[n.data.id] = true; });
    var edges = elements.edges.filter(function (e) { return kept[e.data.source] && kept[e.data.target]; });
    return { nodes: nodes, edges: edges };
  }

  // The centre picker: every entity of the network by its name; the form sends its path.
  function names(nodes) {
    var list = document.getElementById('entity-names');
    if (!list) { return; }
    nodes.slice().sort(function (a, b) { return a.data.label < b.data.label ? -1 : 1; })
      .forEach(function (n) {
        var option = document.createElement('option');
        option.value = n.data.id.indexOf(base + 'id/') === 0 ? n.data.id.substring((base + 'id/').length) : n.data.id;
        option.label = n.data.label + ' (' + n.data.type + ')';
        list.appendChild(option);
      });
  }

  fetch(container.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(t); }); }
      return r.json();
    })
    .then(function (json) {
      var elements = readable(json.elements);
      names(json.elements.nodes);
      var cy = cytoscape({
        container: container,
        elements: elements,
        // A small neighbourhood fitted to the box would otherwise be drawn huge.
        maxZoom: 1.8,
        minZoom: 0.1,
        style: [
          { selector: 'node', style: {
            'label': 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
            'width': 'mapData(documents, 1, 5, 12, 30)', 'height': 'mapData(documents, 1, 5, 12, 30)',
            'background-color': function (n) { return colourOf(n.data('type')); } } },
          { selector: 'edge', style: {
            'width': 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#b8c0cc',
            'target-arrow-color': '#b8c0cc', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', 'opacity': 0.8,
            'label': 'data(type)', 'font-size': 7, 'color': '#5b6475', 'text-rotation': 'autorotate',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
            'text-background-padding': 1 } },
          { selector: 'edge:selected, edge.hover', style: {
            'label': 'data(type)', 'font-size': 8, 'line-color': '#1f5fa8' } },
          { selector: '.hidden', style: { 'display': 'none' } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 400000, nodeOverlap: 20, gravity: 0.2,
          idealEdgeLength: 90, padding: 30 }
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
