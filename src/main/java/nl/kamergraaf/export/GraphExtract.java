package nl.kamergraaf.export;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kamergraaf.export.StoreRows.Doc;
import nl.kamergraaf.export.StoreRows.Occurrence;
import nl.kamergraaf.export.StoreRows.Support;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Makes the exported network from a store: every entity of the selected documents is a node; every
 * (subject, relation, object) that asserted statements support is an edge weighted by their number,
 * and so is each fractie → entity pair its questions name ({@code asks-about}).
 *
 * <pre>{@code
 * ExportGraph g = GraphExtract.extract(dsg, new ExportFilter(Set.of("country"), null, null, null, null, 1));
 * }</pre>
 */
public final class GraphExtract {
  private GraphExtract() {}

  public static ExportGraph extract(DatasetGraph dsg, ExportFilter filter) {
    StoreRows rows = new StoreRows(dsg);
    Map<String, Doc> docs = new HashMap<>();
    rows.documents().forEach(d -> docs.put(d.iri(), d));
    Set<String> selected = selectDocuments(docs, filter);

    Map<String, NodeBuilder> nodes = new TreeMap<>();
    for (Occurrence o : rows.occurrences()) {
      if (!selected.contains(o.doc())) {
        continue;
      }
      NodeBuilder n = nodes.computeIfAbsent(o.entity(), k -> new NodeBuilder(o.entity()));
      n.offer(o.type(), o.label());
      n.docs.add(o.doc());
    }
    Map<List<String>, Set<String>> supports = new TreeMap<>(Comparator.comparing(List::toString));
    for (Support s : rows.supports()) {
      if (selected.contains(s.doc())
          && nodes.containsKey(s.source())
          && nodes.containsKey(s.target())) {
        supports
            .computeIfAbsent(List.of(s.source(), s.target(), s.type()), k -> new HashSet<>())
            .add(s.doc() + " " + s.statement());
      }
    }
    if (!filter.types().isEmpty()) {
      nodes.values().removeIf(n -> !filter.types().contains(n.type));
    }
    List<List<String>> edgeKeys =
        supports.keySet().stream()
            .filter(k -> nodes.containsKey(k.get(0)) && nodes.containsKey(k.get(1)))
            .toList();
    if (filter.entity() != null) {
      Set<String> near =
          neighbourhood(resolveEntity(nodes, filter.entity()), edgeKeys, filter.hops());
      nodes.keySet().retainAll(near);
      edgeKeys =
          edgeKeys.stream()
              .filter(k -> near.contains(k.get(0)) && near.contains(k.get(1)))
              .toList();
    }
    List<GraphNode> outNodes = nodes.values().stream().map(n -> n.build(docs)).toList();
    List<GraphEdge> outEdges = new ArrayList<>();
    for (List<String> k : edgeKeys) {
      Set<String> support = supports.get(k);
      TreeSet<LocalDate> dates =
          support.stream()
              .map(s -> docs.get(s.substring(0, s.indexOf(' '))))
              .filter(d -> d != null && d.date() != null)
              .map(Doc::date)
              .collect(Collectors.toCollection(TreeSet::new));
      outEdges.add(
          new GraphEdge(
              "e" + outEdges.size(), k.get(0), k.get(1), k.get(2), support.size(), dates));
    }
    return new ExportGraph(outNodes, outEdges);
  }

  private static Set<String> selectDocuments(Map<String, Doc> docs, ExportFilter filter) {
    Set<String> selected = new HashSet<>();
    for (Doc d : docs.values()) {
      if (filter.document() != null && !names(d, filter.document())) {
        continue;
      }
      if ((filter.from() != null || filter.to() != null) && d.date() == null) {
        continue;
      }
      if (filter.from() != null && d.date().isBefore(filter.from())
          || filter.to() != null && d.date().isAfter(filter.to())) {
        continue;
      }
      selected.add(d.iri());
    }
    if (filter.document() != null
        && selected.isEmpty()
        && docs.values().stream().noneMatch(d -> names(d, filter.document()))) {
      throw new ExportException(
          "no document '"
              + filter.document()
              + "' in the store; documents: "
              + docs.values().stream().map(Doc::sourceFile).sorted().toList());
    }
    if ((filter.from() != null || filter.to() != null) && selected.isEmpty()) {
      // A range no paper falls in names nothing, like an unknown document: say what there is.
      List<LocalDate> dated =
          docs.values().stream().map(Doc::date).filter(d -> d != null).sorted().toList();
      throw new ExportException(
          "no document is dated from "
              + (filter.from() == null ? "any day" : filter.from())
              + " to "
              + (filter.to() == null ? "any day" : filter.to())
              + (dated.isEmpty()
                  ? "; no document in the store has a date"
                  : "; the documents are dated from "
                      + dated.get(0)
                      + " to "
                      + dated.get(dated.size() - 1)));
    }
    return selected;
  }

  private static boolean names(Doc d, String name) {
    return name.equals(d.iri())
        || name.equals(d.sourceFile())
        || name.equals(d.identifier())
        || d.iri().endsWith("/doc/" + name)
        || (d.sourceFile() != null && d.sourceFile().replaceFirst("\\.[^.]*$", "").equals(name));
  }

  private static String resolveEntity(Map<String, NodeBuilder> nodes, String entity) {
    if (nodes.containsKey(entity)) {
      return entity;
    }
    String suffix = "/id/" + (entity.startsWith("/") ? entity.substring(1) : entity);
    return nodes.keySet().stream()
        .filter(iri -> iri.endsWith(suffix))
        .findFirst()
        .orElseThrow(
            () ->
                new ExportException(
                    "no entity '"
                        + entity
                        + "' among the exported nodes; give its IRI or its path, e.g. country/nl"));
  }

  private static Set<String> neighbourhood(String centre, List<List<String>> edges, int hops) {
    Map<String, Set<String>> adjacent = new HashMap<>();
    for (List<String> k : edges) {
      adjacent.computeIfAbsent(k.get(0), x -> new HashSet<>()).add(k.get(1));
      adjacent.computeIfAbsent(k.get(1), x -> new HashSet<>()).add(k.get(0));
    }
    Set<String> seen = new HashSet<>(Set.of(centre));
    Deque<String> frontier = new ArrayDeque<>(seen);
    for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
      Deque<String> next = new ArrayDeque<>();
      for (String n : frontier) {
        for (String m : adjacent.getOrDefault(n, Set.of())) {
          if (seen.add(m)) {
            next.add(m);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  /** A node being gathered from its occurrences in several documents. */
  private static final class NodeBuilder {
    private static final List<String> SPECIFIC_FIRST = List.copyOf(EntityType.segments());
    final String iri;
    String type;
    String label;
    final Set<String> docs = new HashSet<>();

    NodeBuilder(String iri) {
      this.iri = iri;
    }

    /** An entity typed both Fraction and Organization is a fractie: the most specific type wins. */
    void offer(String t, String l) {
      if (type == null || SPECIFIC_FIRST.indexOf(t) < SPECIFIC_FIRST.indexOf(type)) {
        type = t;
      }
      if (label == null && l != null) {
        label = l;
      }
    }

    GraphNode build(Map<String, Doc> all) {
      TreeSet<LocalDate> dates =
          docs.stream()
              .map(all::get)
              .filter(d -> d != null && d.date() != null)
              .map(Doc::date)
              .collect(Collectors.toCollection(TreeSet::new));
      String name = label != null ? label : iri.substring(iri.lastIndexOf('/') + 1);
      return new GraphNode(iri, name, type, docs.size(), dates);
    }
  }
}
