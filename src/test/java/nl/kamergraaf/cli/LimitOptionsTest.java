package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.kamergraaf.serve.KamergraafServer;
import nl.kamergraaf.serve.cache.ResponseCache;
import nl.kamergraaf.serve.limits.WholeBodies;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The limits {@code serve} and {@code up} take from the command line, and their defaults. */
class LimitOptionsTest {
  @Test
  void defaultsAreTheServersOwn() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--store", "store");
    assertEquals(KamergraafServer.DEFAULT_ROW_CAP, serve.limits.rowCap);
    assertEquals(WholeBodies.DEFAULT_MAX_BYTES, serve.limits.maxRequestBytes);
    assertNull(serve.limits.expensiveQueries);
    assertEquals(ResponseCache.DEFAULT_BYTES, serve.limits.cacheBytes);
  }

  @Test
  void eachLimitCanBeSet() {
    UpCommand up = new UpCommand();
    new CommandLine(up)
        .parseArgs(
            "--row-cap",
            "500",
            "--max-request-size",
            "1M",
            "--expensive-queries",
            "3",
            "--cache-size",
            "8M");
    assertEquals(500, up.limits.rowCap);
    assertEquals(1 << 20, up.limits.maxRequestBytes);
    assertEquals(3, up.limits.expensiveQueries);
    assertEquals(8 << 20, up.limits.cacheBytes);
  }

  @Test
  void aCacheOfZeroKeepsNothingButOtherSizesMustBePositive() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--store", "store", "--cache-size", "0");
    assertEquals(0, serve.limits.cacheBytes);
    assertThrows(
        CommandLine.ParameterException.class,
        () ->
            new CommandLine(new ServeCommand())
                .parseArgs("--store", "s", "--max-request-size", "0"));
    assertThrows(
        CommandLine.ParameterException.class,
        () -> new CommandLine(new ServeCommand()).parseArgs("--store", "s", "--cache-size", "-1M"));
  }
}
