package nl.kamergraaf.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.ingest.api.ApiRecord;
import nl.kamergraaf.ingest.api.ApiRecordReader;

/**
 * The folder fetch writes into: {@code {DocumentNummer}.{pdf,docx,doc}} with {@code
 * {DocumentNummer}.json} beside it. Every file is written under a hidden {@code .….part} name first
 * and then moved into place in one step, the paper before its metadata, so a killed fetch leaves no
 * half file under a real name and the next run sees what is missing or stale and fetches it again.
 * Hidden files are not read by {@code build}.
 */
final class PaperFolder {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final List<String> PAPER_EXTENSIONS = List.of("pdf", "docx", "doc", "html", "txt");

  private final Path dir;

  PaperFolder(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new FetchException(
          "cannot create the folder " + dir + ": " + e.getMessage() + "; choose another --output",
          e);
    }
  }

  Path dir() {
    return dir;
  }

  /** Whether a DocumentNummer can name files: letters, digits, '-' and '_' only. */
  static boolean usableNumber(String number) {
    return number != null && NUMBER.matcher(number).matches();
  }

  /** A paper already in the folder, by what its sidecar says. */
  record Held(ApiRecord record, Path paper) {}

  /** Removes the {@code .part} files a killed run left; returns how many. */
  int removeLeftovers() {
    int n = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, ".*.part")) {
      for (Path p : parts) {
        Files.deleteIfExists(p);
        n++;
      }
    } catch (IOException e) {
      throw new FetchException(
          "cannot clear unfinished files in " + dir + ": " + e.getMessage(), e);
    }
    return n;
  }

  /** The papers in the folder with readable sidecars, by the API's Document id. */
  Map<String, Held> held() {
    Map<String, Held> out = new HashMap<>();
    try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(dir, "*.json")) {
      for (Path sidecar : sidecars) {
        try {
          ApiRecord r = ApiRecordReader.read(sidecar);
          out.put(r.id(), new Held(r, paperOf(r.number())));
        } catch (IngestException e) {
          // Not ours, or damaged: the paper is fetched again and the sidecar written anew.
        }
      }
    } catch (IOException e) {
      throw new FetchException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The paper file of a number, whatever its extension, or null. */
  Path paperOf(String number) {
    for (String ext : PAPER_EXTENSIONS) {
      Path p = dir.resolve(number + "." + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** Where a download of {@code name} goes before it is known to be whole. */
  Path part(String name) {
    return dir.resolve("." + name + ".part");
  }

  /**
   * Puts a checked download in place as {@code number.ext}, takes out the paper's file under
   * another extension, and then writes its sidecar.
   */
  Path commit(Path part, String number, String ext, String sidecar) {
    Path paper = dir.resolve(number + "." + ext);
    move(part, paper);
    for (String other : PAPER_EXTENSIONS) {
      if (!other.equals(ext)) {
        delete(dir.resolve(number + "." + other));
      }
    }
    writeSidecar(number, sidecar);
    return paper;
  }

  /** Writes (or replaces) the sidecar of {@code number}. */
  void writeSidecar(String number, String json) {
    writeAtomically(dir.resolve(number + ".json"), json);
  }

  /** Writes {@code text} to {@code target} through a hidden part file. */
  void writeAtomically(Path target, String text) {
    Path part = target.resolveSibling("." + target.getFileName() + ".part");
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(part, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FetchException(
          "cannot write " + part + ": " + e.getMessage() + "; check the free " + "space in " + dir,
          e);
    }
    move(part, target);
  }

  /** Takes a paper and its sidecar out of the folder. */
  void remove(String number) {
    for (String ext : PAPER_EXTENSIONS) {
      delete(dir.resolve(number + "." + ext));
    }
    delete(dir.resolve(number + ".json"));
  }

  /** Deletes a file if it is there. */
  void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new FetchException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new FetchException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }
}
