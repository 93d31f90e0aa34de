package nl.kamergraaf.serve.limits;

import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first of the server's handlers, before any body is read or any servlet runs: puts the browser
 * protections on every response (so refusals made before the servlet filters carry them too),
 * refuses {@code TRACE} (Jetty's servlets echo the request headers to it), refuses a request body
 * with a {@code Content-Encoding} (Fuseki inflates it past every size limit: 5 KB of gzip became a
 * 5 MiB query), and a body whose announced length is over the limit.
 */
public final class RequestGuard extends Handler.Wrapper {
  private final long maxBodyBytes;

  public RequestGuard(Handler next, long maxBodyBytes) {
    super(next);
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
    String method = request.getMethod();
    if ("TRACE".equals(method) || "TRACK".equals(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
      Response.writeError(
          request, response, callback, 405, method + " is not supported by this server.");
      return true;
    }
    String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
    if (encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
      Response.writeError(
          request,
          response,
          callback,
          415,
          "Request bodies with Content-Encoding "
              + encoding.strip().toLowerCase(Locale.ROOT)
              + " are not accepted: the limit of "
              + maxBodyBytes
              + " bytes counts what is sent. Send the query uncompressed.");
      return true;
    }
    long declared = request.getLength();
    if (declared > maxBodyBytes) {
      Response.writeError(
          request,
          response,
          callback,
          413,
          "The request body ("
              + declared
              + " bytes) is larger than this server's limit of "
              + maxBodyBytes
              + " bytes. Send a shorter query.");
      return true;
    }
    return super.handle(request, response, callback);
  }
}
