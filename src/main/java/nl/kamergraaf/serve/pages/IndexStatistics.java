package nl.kamergraaf.serve.pages;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The counts a VoID description gives (triples, distinct subjects and objects, entities per class,
 * predicates) of a TDB2 dataset's union graph, read from its sorted quad indexes.
 *
 * <p>{@code COUNT(DISTINCT ?o)} in SPARQL keeps every distinct term in memory: on 10,000 documents
 * that is tens of millions of terms and more than a 1 GiB heap. An index sorted by subject lists
 * each subject's quads together, so counting where the subject changes needs no memory at all;
 * likewise objects in OSPG and classes in POSG. Quads of several graphs with the same triple sit
 * next to each other too, so the union's triples are counted once, as the union graph does.
 */
final class IndexStatistics {
  /**
   * Tuples come out of every index in the quad table's primary order: graph, subject, predicate,
   * object.
   */
  private static final int S = 1;

  private static final int P = 2;
  private static final int O = 3;

  /** What was counted; classes and predicates sorted by IRI. */
  record Counts(
      long triples,
      long subjects,
      long objects,
      Map<Node, Long> classes,
      TreeSet<String> predicates) {}

  private IndexStatistics() {}

  static Counts count(DatasetGraph dsg) {
    if (!TDBInternal.isTDB2(dsg)) {
      throw new IllegalArgumentException(
          "the dataset is not a TDB2 database, so its indexes cannot be read");
    }
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
    return Txn.calculateRead(
        dsg,
        () -> {
          long[] bySubject = distinctSubjectsAndTriples(index(tdb, "SPOG"));
          long objects = distinctLeading(index(tdb, "OSPG").all(), O, id -> {});
          TreeSet<String> predicates = new TreeSet<>();
          distinctLeading(
              index(tdb, "POSG").all(),
              P,
              id -> predicates.add(TDBInternal.getNode(tdb, id).getURI()));
          return new Counts(bySubject[1], bySubject[0], objects, classes(tdb), predicates);
        });
  }

  /** Distinct subjects, and distinct (subject, predicate, object) over all graphs. */
  private static long[] distinctSubjectsAndTriples(TupleIndex spog) {
    long subjects = 0;
    long triples = 0;
    Tuple<NodeId> last = null;
    for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      boolean newSubject = last == null || !t.get(S).equals(last.get(S));
      if (newSubject) {
        subjects++;
      }
      if (newSubject || !t.get(P).equals(last.get(P)) || !t.get(O).equals(last.get(O))) {
        triples++;
      }
      last = t;
    }
    return new long[] {subjects, triples};
  }

  /** Entities per class: distinct subjects of {@code rdf:type} per object, from POSG. */
  private static Map<Node, Long> classes(DatasetGraphTDB tdb) {
    NodeId type = TDBInternal.getNodeId(tdb, RDF.type.asNode());
    Map<Node, Long> perClass = new TreeMap<>(Comparator.comparing(Node::toString));
    if (type == null || NodeId.isDoesNotExist(type)) {
      return perClass;
    }
    NodeId any = NodeId.NodeIdAny;
    Iterator<Tuple<NodeId>> it = index(tdb, "POSG").find(TupleFactory.create4(any, any, type, any));
    NodeId lastClass = null;
    NodeId lastSubject = null;
    long n = 0;
    while (it.hasNext()) {
      Tuple<NodeId> t = it.next();
      if (!t.get(O).equals(lastClass)) {
        if (lastClass != null) {
          perClass.put(TDBInternal.getNode(tdb, lastClass), n);
        }
        lastClass = t.get(O);
        lastSubject = null;
        n = 0;
      }
      if (!t.get(S).equals(lastSubject)) {
        n++;
        lastSubject = t.get(S);
      }
    }
    if (lastClass != null) {
      perClass.put(TDBInternal.getNode(tdb, lastClass), n);
    }
    return perClass;
  }

  /**
   * Distinct values of {@code slot} along tuples of an index that sorts on that slot first, each
   * handed to {@code onNew} once.
   */
  private static long distinctLeading(
      Iterator<Tuple<NodeId>> tuples, int slot, Consumer<NodeId> onNew) {
    long n = 0;
    NodeId last = null;
    while (tuples.hasNext()) {
      NodeId id = tuples.next().get(slot);
      if (!id.equals(last)) {
        n++;
        onNew.accept(id);
        last = id;
      }
    }
    return n;
  }

  private static TupleIndex index(DatasetGraphTDB tdb, String name) {
    for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
      if (index.getName().equalsIgnoreCase(name)) {
        return index;
      }
    }
    throw new IllegalStateException("the TDB2 database has no " + name + " quad index");
  }
}
