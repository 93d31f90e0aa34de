package nl.kamergraaf.serve.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Ends an answer whose query was cancelled while its rows were being written, so that no client
 * takes it for whole. Rows that already went out with a {@code 200} cannot be called back: the
 * response is aborted, and an HTTP/1.1 answer sent in chunks then lacks its last chunk, which every
 * client reports as an error. Rows still in the buffer are dropped for a plain {@code 503}.
 */
final class CutAnswers {
  private CutAnswers() {}

  static void end(HttpServletRequest request, HttpServletResponse response, Duration after) {
    String why =
        String.format(
            "The query was stopped after %.1f s while its results were being"
                + " written (the server's timeout or a bound); the results are incomplete.",
            after.toMillis() / 1000.0);
    if (response.isCommitted()) {
      ServletContextRequest.getServletContextRequest(request)
          .getServletChannel()
          .abort(new IOException(why));
      return;
    }
    try {
      response.resetBuffer();
      PlainTextError.send(response, 503, why + " Narrow the query down, or page with LIMIT.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
