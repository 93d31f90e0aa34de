package nl.kamergraaf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a front door to {@code docs/}: every relative link in it, in CONTRIBUTING.md and in
 * the files under {@code docs/} leads to a file or folder that exists, so a moved reference cannot
 * leave a dead link behind.
 */
class DocumentationLinksTest {
  /** A Markdown link's target, without a #fragment; absolute URLs and mail are left out. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

  @Test
  void everyRelativeLinkInTheDocumentationLeadsToAFile() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
    try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    List<String> dead = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
        if (!Files.exists(resolved)) {
          dead.add(page + " -> " + target);
        }
      }
    }
    assertEquals(List.of(), dead, "links to files that do not exist");
  }
}
