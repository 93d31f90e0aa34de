package nl.kamergraaf.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kamergraaf.ingest.Span;

/**
 * Undoes sentence breaks after Dutch abbreviations ("mld.", "a.s.", "plv.") that the English
 * splitter takes for full stops, when the next sentence goes on in lower case or with a number
 * and no line break lies between.
 */
final class AbbreviationRepair {
  private static final Set<String> ABBREVIATIONS = load();

  private AbbreviationRepair() {}

  static List<Sentences.Sentence> merge(List<Sentences.Sentence> in, String text) {
    List<Sentences.Sentence> out = new ArrayList<>();
    for (Sentences.Sentence s : in) {
      if (!out.isEmpty() && continues(out.get(out.size() - 1), s, text)) {
        Sentences.Sentence prev = out.remove(out.size() - 1);
        List<CoreLabel> tokens = new ArrayList<>(prev.tokens());
        tokens.addAll(s.tokens());
        out.add(new Sentences.Sentence(new Span(prev.span().start(), s.span().end()), tokens));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean continues(Sentences.Sentence prev, Sentences.Sentence next, String text) {
    List<CoreLabel> pt = prev.tokens();
    if (pt.isEmpty() || next.tokens().isEmpty()) {
      return false;
    }
    if (text.substring(prev.span().end(), next.span().start()).indexOf('\n') >= 0) {
      return false;
    }
    String first = next.tokens().get(0).word();
    boolean goesOn = !first.isEmpty()
        && (Character.isLowerCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0)));
    if (!goesOn) {
      return false;
    }
    String last = pt.get(pt.size() - 1).word();
    String word = last.equals(".") && pt.size() > 1 ? pt.get(pt.size() - 2).word() + "." : last;
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> set = new HashSet<>();
    try (var in = AbbreviationRepair.class.getResourceAsStream("abbreviations.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          set.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read abbreviations.txt from the classpath", e);
    }
    return Set.copyOf(set);
  }
}
