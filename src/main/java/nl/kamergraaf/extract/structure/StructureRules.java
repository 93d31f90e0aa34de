package nl.kamergraaf.extract.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.kamergraaf.extract.ExtractException;

/** The line patterns of {@code rules/structure.properties}, compiled. */
final class StructureRules {
  final Pattern section;
  final Pattern question;
  final Pattern questionInline;
  final Pattern questionNumbered;
  final Pattern answer;
  final Pattern answerInline;
  final Pattern seeAlso;
  final Pattern end;
  final Pattern asks;
  final Pattern replyPart;
  final Pattern replySection;

  private StructureRules(Properties p) {
    section = compile(p, "section");
    question = compile(p, "question");
    questionInline = compile(p, "question-inline");
    questionNumbered = compile(p, "question-numbered");
    answer = compile(p, "answer");
    answerInline = compile(p, "answer-inline");
    seeAlso = compile(p, "see-also");
    end = compile(p, "end");
    asks = compile(p, "asks");
    replyPart = compile(p, "reply-part");
    replySection = compile(p, "reply-section");
  }

  static StructureRules load() {
    String resource = "/nl/kamergraaf/extract/rules/structure.properties";
    Properties p = new Properties();
    try (InputStream in = StructureRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtractException(resource + " is not on the classpath");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ExtractException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    return new StructureRules(p);
  }

  private static Pattern compile(Properties p, String key) {
    String regex = p.getProperty(key);
    if (regex == null) {
      throw new ExtractException("structure.properties: no pattern '" + key + "'");
    }
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new ExtractException("structure.properties: bad pattern '" + key + "': " + e.getDescription(), e);
    }
  }
}
