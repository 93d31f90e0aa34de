package nl.kamergraaf.extract.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.kamergraaf.extract.ExtractException;

/** The patterns of {@code rules/metadata.properties}, compiled. */
final class MetadataRules {
  private static final String RESOURCE = "/nl/kamergraaf/extract/rules/metadata.properties";
  private final Properties props = new Properties();
  private final Map<String, Pattern> kinds = new LinkedHashMap<>();

  MetadataRules() {
    try (InputStream in = MetadataRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ExtractException(RESOURCE + " is not on the classpath");
      }
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ExtractException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    // Properties forgets the file's order; kinds are tried most specific first.
    for (String kind : new String[] {"verslag schriftelijk overleg", "nota naar aanleiding van verslag",
        "beantwoording schriftelijk overleg", "brief", "other"}) {
      kinds.put(kind, pattern("kind." + kind, Pattern.MULTILINE));
    }
  }

  Pattern pattern(String key) {
    return pattern(key, 0);
  }

  Map<String, Pattern> kinds() {
    return kinds;
  }

  private Pattern pattern(String key, int flags) {
    String regex = props.getProperty(key);
    if (regex == null) {
      throw new ExtractException(RESOURCE + ": no pattern '" + key + "'");
    }
    try {
      return Pattern.compile(regex, flags | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new ExtractException(RESOURCE + ": bad pattern '" + key + "': " + e.getDescription(), e);
    }
  }
}
