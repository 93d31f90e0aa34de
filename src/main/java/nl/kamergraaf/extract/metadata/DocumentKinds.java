package nl.kamergraaf.extract.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;

/**
 * The kinds of paper, from {@code rules/document-kinds.tsv}: each kind's label and the local name
 * of its concept in the ontology. Rules name kinds by label; the graph writes the concept.
 */
public final class DocumentKinds {
  /** Where the table lives on the classpath. */
  public static final String RESOURCE = "/nl/kamergraaf/extract/rules/document-kinds.tsv";

  /** The kind of papers no rule recognises. */
  public static final String OTHER = "other";

  private static final Map<String, String> CONCEPTS = load();

  private DocumentKinds() {}

  private static Map<String, String> load() {
    Map<String, String> concepts = new LinkedHashMap<>();
    for (TsvTable.Row row : TsvTable.load(RESOURCE).require("label", "concept").rows()) {
      if (concepts.put(row.get("label"), row.get("concept")) != null) {
        throw new ExtractException(row.where() + ": kind '" + row.get("label") + "' listed twice");
      }
    }
    if (!concepts.containsKey(OTHER)) {
      throw new ExtractException(RESOURCE + ": no kind '" + OTHER + "'");
    }
    return concepts;
  }

  /** Every kind: label to concept, in the table's order. */
  public static Map<String, String> all() {
    return Map.copyOf(CONCEPTS);
  }

  /** Whether a concept (local name, e.g. {@code Brief}) is one of the table's. */
  public static boolean knownConcept(String concept) {
    return CONCEPTS.containsValue(concept);
  }

  public static boolean known(String label) {
    return CONCEPTS.containsKey(label);
  }

  /** The ontology concept's local name for a kind label; unknown labels are {@code other}'s. */
  public static String concept(String label) {
    return CONCEPTS.getOrDefault(label, CONCEPTS.get(OTHER));
  }
}
