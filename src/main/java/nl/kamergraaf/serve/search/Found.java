package nl.kamergraaf.serve.search;

import java.util.Locale;
import nl.kamergraaf.graph.KG;
import org.apache.jena.graph.Node;

/** What a search hit is: a whole paper, a question in it, or an answer. */
public enum Found {
  PAPER(KG.Document),
  QUESTION(KG.Question),
  ANSWER(KG.Answer);

  /** The class of the resources of this kind. */
  public final Node type;

  Found(Node type) {
    this.type = type;
  }

  /** The name in URLs and forms: {@code paper}, {@code question}, {@code answer}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code key}, or null. */
  public static Found of(String key) {
    for (Found f : values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }
}
