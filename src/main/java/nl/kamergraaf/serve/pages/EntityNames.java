package nl.kamergraaf.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/**
 * The names of one entity as its page shows them: the name in the page's language (the English
 * {@code skos:prefLabel} for an English page where there is one, else the untagged Dutch one) and
 * its other names. A Dutch page lists the Dutch and untagged names only, as before English names
 * existed; an English page lists every other name, the Dutch ones included.
 */
final class EntityNames {
  private final boolean english;
  private String dutch;
  private String englishName;
  private final List<Node> alternatives = new ArrayList<>();
  private final List<String> preferred = new ArrayList<>();

  EntityNames(boolean english) {
    this.english = english;
  }

  /** One {@code skos:prefLabel} or {@code skos:altLabel} of the entity. */
  void add(Node property, Node label) {
    if (!label.isLiteral()) {
      return;
    }
    boolean en = isEnglish(label);
    if (property.equals(SKOS.prefLabel.asNode())) {
      if (en) {
        englishName = englishName == null ? label.getLiteralLexicalForm() : englishName;
      } else {
        // Several graphs may name it differently: the last in the page's order, as always.
        dutch = label.getLiteralLexicalForm();
      }
      preferred.add(label.getLiteralLexicalForm());
    } else {
      alternatives.add(label);
    }
  }

  /** The name to show, or {@code fallback} for an entity without one. */
  String name(String fallback) {
    if (english && englishName != null) {
      return englishName;
    }
    return dutch != null ? dutch : englishName != null ? englishName : fallback;
  }

  /** The other names, sorted; an English page leaves out {@code shown}. */
  List<String> others(String shown) {
    TreeSet<String> out = new TreeSet<>();
    for (Node alt : alternatives) {
      if (english || !isEnglish(alt)) {
        out.add(alt.getLiteralLexicalForm());
      }
    }
    if (english) {
      out.addAll(preferred);
      out.remove(shown);
    }
    return List.copyOf(out);
  }

  private static boolean isEnglish(Node literal) {
    String lang = literal.getLiteralLanguage();
    return lang.equals("en") || lang.startsWith("en-");
  }
}
