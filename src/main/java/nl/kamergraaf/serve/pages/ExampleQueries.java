package nl.kamergraaf.serve.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example queries of {@code queries/} (on the class path as {@code /queries/*.rq}), with the
 * purpose each file's first comment line states, for the SPARQL editor to offer. Found, not
 * listed: a new file there is offered without a change here.
 */
final class ExampleQueries {
  /** One example: its file name, what it answers, and its text. */
  record Example(String file, String purpose, String query) {}

  private static final String FOLDER = "/queries";

  private ExampleQueries() {}

  static List<Example> all() {
    URL url = ExampleQueries.class.getResource(FOLDER);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = jarFileSystem(uri)) {
          return read(jar.provider().getPath(uri));
        }
      }
      return read(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      FileSystems.getFileSystem(uri);
      // Open elsewhere in this process: use a fresh one we may close.
      return FileSystems.newFileSystem(Path.of(uri.getSchemeSpecificPart()
          .substring("file:".length(), uri.getSchemeSpecificPart().indexOf('!'))), Map.of());
    } catch (FileSystemNotFoundException e) {
      return FileSystems.newFileSystem(uri, Map.of());
    }
  }

  private static List<Example> read(Path folder) throws IOException {
    List<Example> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted()
          .toList()) {
        String name = file.getFileName().toString();
        String text;
        try (InputStream in = Files.newInputStream(file)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        out.add(new Example(name, purpose(name, text), text));
      }
    }
    return out;
  }

  /** From "# questions.rq — every question …": the words after the dash. */
  static String purpose(String name, String text) {
    String first = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
    int dash = first.indexOf(" — ");
    return dash >= 0 ? first.substring(dash + 3).strip() : first.replace(name, "").strip();
  }
}
