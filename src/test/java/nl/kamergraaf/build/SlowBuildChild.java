package nl.kamergraaf.build;

import java.nio.file.Path;
import nl.kamergraaf.graph.StoreTestData;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * A build run in a child JVM by {@link KilledBuildTest}: writes {@value #QUADS} quads into a fresh
 * database of the store given as the argument, printing where it is so the test can kill it at a
 * chosen moment: {@code writing}, {@code wrote N}, {@code writer-done}, {@code built}.
 */
public final class SlowBuildChild {
  static final int QUADS = 30_000;
  static final int GRAPHS = 30;

  private SlowBuildChild() {}

  public static void main(String[] args) {
    Path store = Path.of(args[0]);
    Store.build(
        store,
        dsg -> {
          say("writing");
          Node p = NodeFactory.createURI(StoreTestData.NS + "p");
          for (int i = 1; i <= QUADS; i++) {
            Node g = NodeFactory.createURI(StoreTestData.NS + "g" + i % GRAPHS);
            dsg.add(
                Quad.create(
                    g,
                    NodeFactory.createURI(StoreTestData.NS + "s" + i),
                    p,
                    NodeFactory.createLiteralString("value " + i)));
            if (i % 5_000 == 0) {
              say("wrote " + i);
            }
          }
          say("writer-done");
        });
    say("built");
  }

  private static void say(String what) {
    System.out.println(what);
    System.out.flush();
  }
}
