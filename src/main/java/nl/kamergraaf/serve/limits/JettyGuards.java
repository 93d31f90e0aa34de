package nl.kamergraaf.serve.limits;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;

/**
 * Puts the limits that must act before any servlet in front of a Jetty server's handlers: {@link
 * RequestGuard} first, then the whole body read without a thread ({@link WholeBodies}), then
 * whatever the server had; and {@link GuardedErrors} for the answers Jetty makes itself.
 */
public final class JettyGuards {
  private JettyGuards() {}

  /** Installs the guards on {@code jetty}, which must not have been started. */
  public static void install(Server jetty, long maxBodyBytes) {
    Handler app = jetty.getHandler();
    EagerContentHandler bodies = new EagerContentHandler(app, new WholeBodies(maxBodyBytes));
    jetty.setHandler(new RequestGuard(bodies, maxBodyBytes));
    jetty.setErrorHandler(new GuardedErrors());
  }
}
