package nl.kamergraaf.export.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a folder on the class path, from the classes folder or from inside the jar, so that
 * data files are found rather than listed in code.
 */
public final class ResourceFolder {
  private ResourceFolder() {}

  /**
   * File name → text of every file in {@code folder} ending in {@code suffix}, by name, from every
   * place on the class path that has the folder (the first place wins a name): the jar, or the
   * classes and test-classes folders of a build.
   */
  public static Map<String, String> read(String folder, String suffix) {
    Map<String, String> out = new TreeMap<>();
    try {
      Enumeration<URL> places =
          ResourceFolder.class
              .getClassLoader()
              .getResources(folder.startsWith("/") ? folder.substring(1) : folder);
      while (places.hasMoreElements()) {
        read(places.nextElement(), suffix).forEach(out::putIfAbsent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, String> read(URL url, String suffix) throws IOException {
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return read(Path.of(uri), suffix);
      }
      // A fresh file system over the jar, closed again, whoever else has the jar open.
      String spec = uri.getSchemeSpecificPart();
      Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf('!'))));
      try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
        return read(fs.getPath(spec.substring(spec.indexOf('!') + 1)), suffix);
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> read(Path folder, String suffix) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          out.put(
              file.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
