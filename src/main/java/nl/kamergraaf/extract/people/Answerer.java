package nl.kamergraaf.extract.people;

import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.rules.RuleFile;

/**
 * Who answers a paper's questions ({@code rules/answerer.properties}): the minister or state
 * secretary who signs, else the first such office the paper names.
 */
public final class Answerer {
  private final Pattern signingOffice;
  private final Pattern namedOffice;

  public Answerer() {
    Properties p = RuleFile.rules("answerer.properties").properties();
    this.signingOffice = pattern(p, "signing-office");
    this.namedOffice = pattern(p, "named-office");
  }

  /** The role that answers, or null if the paper has none. */
  public Entity of(DocumentInfo info, List<Mention> mentions) {
    for (DocumentInfo.Signatory s : info.signatories()) {
      if (s.role() != null && signingOffice.matcher(s.role().label()).matches()) {
        return s.role();
      }
    }
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.ROLE
          && namedOffice.matcher(m.entity().label()).matches()) {
        return m.entity();
      }
    }
    return null;
  }

  private static Pattern pattern(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new ExtractException(RuleFile.RULES + "answerer.properties: no " + key);
    }
    return Pattern.compile(value.strip());
  }
}
