package nl.kamergraaf.serve.limits;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers with the browser protections of {@link SecurityHeaders} and in plain
 * text: the 400, 414 and 431 Jetty sends for a request it cannot parse (a bad URI, a URI or headers
 * too long) never reach the servlet filters, and neither do the refusals of {@link RequestGuard}
 * and {@link WholeBodies}.
 */
public final class GuardedErrors extends ErrorHandler {
  public GuardedErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setDefaultResponseMimeType("text/plain");
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.HEADERS.forEach(fields::put);
    return super.badMessageError(status, reason, fields);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
    return super.handle(request, response, callback);
  }
}
