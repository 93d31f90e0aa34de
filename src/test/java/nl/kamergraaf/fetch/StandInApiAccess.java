package nl.kamergraaf.fetch;

import java.io.IOException;

/** Opens the stand-in API to tests in other packages (the command line's). */
public final class StandInApiAccess implements AutoCloseable {
  private final StandInApi api;

  private StandInApiAccess(StandInApi api) {
    this.api = api;
  }

  public static StandInApiAccess start() throws IOException {
    return new StandInApiAccess(new StandInApi());
  }

  public String root() {
    return api.root();
  }

  public void use(String run) {
    api.use(run);
  }

  public long count(String part) {
    return api.count(part);
  }

  @Override
  public void close() {
    api.close();
  }
}
