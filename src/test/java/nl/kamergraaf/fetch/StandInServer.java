package nl.kamergraaf.fetch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Runs the stand-in API by hand, to try {@code kamergraaf fetch} without the live API (see
 * docs/tweede-kamer-api.md): prints its root, then reads commands from standard input: {@code
 * run1}, {@code run2} (switch the fixtures), {@code quit}.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) nl.kamergraaf.fetch.StandInServer
 * </pre>
 */
public final class StandInServer {
  private StandInServer() {}

  public static void main(String[] args) throws Exception {
    try (StandInApi api = new StandInApi()) {
      api.use(args.length > 0 ? args[0] : "run1");
      System.out.println(api.root());
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null && !line.strip().equals("quit"); ) {
        if (line.strip().startsWith("run")) {
          api.use(line.strip());
          System.out.println(
              "now answering as " + line.strip() + "; requests so far: " + api.requests().size());
        }
      }
    }
  }
}
