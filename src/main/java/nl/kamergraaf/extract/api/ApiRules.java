package nl.kamergraaf.extract.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.metadata.DocumentKinds;
import nl.kamergraaf.extract.rules.RuleFile;

/**
 * The data files that say how the API's metadata is read: {@code rules/api-document-kinds.tsv}
 * (Soort to document kind) and {@code rules/api-metadata.properties} (which kinds are questions,
 * answers and postponements, the answer deadlines, which actors ask).
 */
final class ApiRules {
  final Map<String, String> kinds = new HashMap<>();
  final String questionSoort;
  final Set<String> answerSoorten;
  final String postponementSoort;
  final int answerDays;
  final int answerDaysAfterPostponement;
  final Set<String> askerRelations;
  final Set<String> memberFunctions;

  private ApiRules(Properties p) {
    for (var row :
        TsvTable.load(RuleFile.RULES + "api-document-kinds.tsv").require("soort", "kind").rows()) {
      if (!DocumentKinds.knownConcept(row.get("kind"))) {
        throw new ExtractException(
            row.where()
                + ": kind '"
                + row.get("kind")
                + "' is not a concept of "
                + DocumentKinds.RESOURCE);
      }
      kinds.put(fold(row.get("soort")), row.get("kind"));
    }
    questionSoort = fold(get(p, "question-soort"));
    answerSoorten = set(get(p, "answer-soorten"));
    postponementSoort = fold(get(p, "postponement-soort"));
    answerDays = Integer.parseInt(get(p, "answer-days"));
    answerDaysAfterPostponement = Integer.parseInt(get(p, "answer-days-after-postponement"));
    askerRelations = set(get(p, "asker-relations"));
    memberFunctions = set(get(p, "member-functions"));
  }

  static ApiRules load() {
    return new ApiRules(RuleFile.rules("api-metadata.properties").properties());
  }

  /** The kg:DocumentKind local name of a Soort; {@code OtherKind} for one not listed. */
  String kind(String soort) {
    String other = DocumentKinds.concept(DocumentKinds.OTHER);
    return soort == null ? other : kinds.getOrDefault(fold(soort), other);
  }

  /** Case-folded, for comparing the API's words. */
  static String fold(String s) {
    return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> set(String values) {
    return Arrays.stream(values.split("\\|"))
        .map(ApiRules::fold)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String get(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new ExtractException("api-metadata.properties: no value for '" + key + "'");
    }
    return v.strip();
  }
}
