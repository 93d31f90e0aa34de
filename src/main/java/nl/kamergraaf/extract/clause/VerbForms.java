package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The written forms of one Dutch verb by the spelling rules of regular verbs, with the exceptions
 * its row in {@code verbs.tsv} gives.
 *
 * <p>Forms of a separable verb ({@code bij|dragen}) are those of its verb ("draagt", "droeg"), the
 * joined forms of a verb-final clause ("bijdraagt", "bijdroeg"), the participle with its particle
 * ("bijgedragen") and the infinitive ("bijdragen"); "bij te dragen" is three tokens, read by the
 * clause reader.
 */
final class VerbForms {
  private static final Pattern INSEPARABLE =
      Pattern.compile("^(?:be|ge|her|ont|ver|er)[^aeiou]?.*");
  private static final String VOWELS = "aeiouyëïéèáóú";

  /** 't kofschip: a stem ending in one of these takes -te and -t, else -de and -d. */
  private static final String VOICELESS = "tkfscphx";

  private VerbForms() {}

  /** Every written form of the verb, each with what kind of form it is. */
  static Map<String, Set<VerbForm.Kind>> of(
      String particle,
      String verb,
      String stemGiven,
      List<String> present,
      List<String> past,
      String participle) {
    String lemma = verb.toLowerCase(Locale.ROOT);
    String base = lemma.endsWith("en") ? lemma.substring(0, lemma.length() - 2) : lemma;
    String stem = stemGiven.isEmpty() ? stem(base) : stemGiven;
    Map<String, Set<VerbForm.Kind>> forms = new LinkedHashMap<>();
    List<String> finite = new ArrayList<>(present);
    if (present.isEmpty()) {
      add(forms, stem, VerbForm.Kind.STEM);
      finite.add(stem.endsWith("t") ? stem : stem + "t");
      finite.add(lemma);
    }
    boolean voiceless =
        VOICELESS.indexOf(base.isEmpty() ? 'x' : base.charAt(base.length() - 1)) >= 0;
    List<String> pastForms = new ArrayList<>(past);
    if (past.isEmpty()) {
      String suffix = voiceless ? "te" : "de";
      pastForms.add(stem + suffix);
      pastForms.add(stem + suffix + "n");
    }
    String perfect = participle.isEmpty() ? regularParticiple(lemma, stem, voiceless) : participle;
    finite.forEach(f -> add(forms, f, VerbForm.Kind.PRESENT));
    pastForms.forEach(f -> add(forms, f, VerbForm.Kind.PAST));
    if (!perfect.equals("-")) {
      add(forms, perfect, VerbForm.Kind.PARTICIPLE);
      add(forms, perfect + "e", VerbForm.Kind.PARTICIPLE); // "de geleverde munitie"
    }
    add(forms, lemma, VerbForm.Kind.INFINITIVE);
    if (particle.isEmpty()) {
      return forms;
    }
    // A separable verb: its own forms stand in main clauses (with the particle further on), the
    // joined ones in verb-final clauses ("dat Nederland bijdraagt", "bijgedragen", "bijdragen").
    Map<String, Set<VerbForm.Kind>> joined = new LinkedHashMap<>();
    forms.forEach(
        (form, kinds) ->
            kinds.forEach(
                kind -> {
                  add(joined, form, kind);
                  add(joined, particle + form, kind.finite() ? VerbForm.Kind.JOINED : kind);
                }));
    return joined;
  }

  private static void add(Map<String, Set<VerbForm.Kind>> forms, String form, VerbForm.Kind kind) {
    forms.computeIfAbsent(form, f -> EnumSet.noneOf(VerbForm.Kind.class)).add(kind);
  }

  /** The stem of a regular verb from its infinitive without -en. */
  static String stem(String base) {
    int n = base.length();
    if (n < 2) {
      return base;
    }
    char last = base.charAt(n - 1);
    char before = base.charAt(n - 2);
    String stem = base;
    if (last == before && !isVowel(last)) {
      stem = base.substring(0, n - 1); // stellen -> stel
    } else if (!isVowel(last)
        && isSingleVowel(base, n - 2)
        && "aeou".indexOf(before) >= 0
        && !unstressedEnding(base)) {
      stem = base.substring(0, n - 1) + before + last; // maken -> maak, dragen -> draag
    }
    char end = stem.charAt(stem.length() - 1);
    if (end == 'v') {
      stem = stem.substring(0, stem.length() - 1) + "f"; // geven -> geef
    } else if (end == 'z') {
      stem = stem.substring(0, stem.length() - 1) + "s"; // reizen -> reis
    }
    return stem;
  }

  private static String regularParticiple(String lemma, String stem, boolean voiceless) {
    boolean last = stem.endsWith("t") || stem.endsWith("d");
    String tail = last ? "" : voiceless ? "t" : "d";
    if (INSEPARABLE.matcher(lemma).matches()) {
      return stem + tail;
    }
    char first = stem.charAt(0);
    // ge + investeerd: the e of the stem takes a diaeresis
    String prefix = first == 'e' ? "geë" : first == 'i' ? "geï" : first == 'o' ? "geö" : null;
    return prefix != null ? prefix + stem.substring(1) + tail : "ge" + stem + tail;
  }

  /**
   * "lever", "teken", "verbeter": an -er, -el or -en after an earlier vowel (not a prefix's) is
   * unstressed.
   */
  private static boolean unstressedEnding(String word) {
    // the vowel of an unstressed prefix does not count: "verlenen" -> "verleen", "verbeteren" ->
    // "verbeter"
    String base = word.replaceFirst("^(?:be|ge|her|ont|ver)", "");
    int n = base.length();
    if (n < 4 || base.charAt(n - 2) != 'e' || "rln".indexOf(base.charAt(n - 1)) < 0) {
      return false;
    }
    for (int i = 0; i < n - 3; i++) {
      if (isVowel(base.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSingleVowel(String s, int i) {
    return isVowel(s.charAt(i)) && (i == 0 || !isVowel(s.charAt(i - 1)));
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }
}
