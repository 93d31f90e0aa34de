package nl.kamergraaf.serve.limits;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler.ContentLoader;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before any servlet sees the request, without holding a thread while
 * the bytes arrive (for Jetty's {@link EagerContentHandler}). Fuseki and the pages read bodies by
 * blocking, so a client that announced a body and sent it a byte every few seconds held a server
 * thread for as long as it liked: a hundred such clients stopped every page.
 *
 * <p>The body is copied as it comes (Jetty's retaining loader would keep an input buffer per chunk,
 * and a client sending one byte at a time makes that thousands of buffers). A body larger than the
 * limit is refused with 413; one that arrives more slowly than {@value #MIN_BYTES_PER_SECOND} bytes
 * a second on average, after a grace of {@value #GRACE_SECONDS} seconds, is refused with 408.
 * Jetty's own minimum data rate is checked only by the servlet input that blocks, so it cannot do
 * this here.
 */
public final class WholeBodies implements EagerContentHandler.ContentLoaderFactory {
  /** The default limit: a SPARQL query is a few KiB; 100 KiB leaves room for long VALUES lists. */
  public static final long DEFAULT_MAX_BYTES = 100 * 1024;

  public static final long MIN_BYTES_PER_SECOND = 1024;
  public static final long GRACE_SECONDS = 2;

  private final int maxBytes;

  public WholeBodies(long maxBytes) {
    this.maxBytes = (int) maxBytes;
  }

  @Override
  public String getApplicableMimeType() {
    return null; // every type of body
  }

  @Override
  public ContentLoader newContentLoader(
      String contentType,
      String mimeType,
      Handler handler,
      Request request,
      Response response,
      Callback callback) {
    return new Loader(handler, request, response, callback);
  }

  private final class Loader extends ContentLoader implements Runnable {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final long start = System.nanoTime();
    private Scheduler.Task check;
    private boolean done;

    Loader(Handler handler, Request request, Response response, Callback callback) {
      super(handler, request, response, callback);
    }

    @Override
    protected void load() {
      if (!read()) {
        scheduleCheck();
      }
    }

    /** Called by Jetty when more of the body has arrived. */
    @Override
    public void run() {
      read();
    }

    /** Reads what has arrived; true when the request was dispatched or refused. */
    private synchronized boolean read() {
      while (!done) {
        Content.Chunk chunk = getRequest().read();
        if (chunk == null) {
          getRequest().demand(this);
          return false;
        }
        if (Content.Chunk.isFailure(chunk)) {
          refuse(400, "The request body could not be read: " + chunk.getFailure());
          return true;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        if (body.size() + (long) bytes.remaining() > maxBytes) {
          chunk.release();
          refuse(
              413,
              "The request body is larger than this server's limit of "
                  + maxBytes
                  + " bytes. Send a shorter query.");
          return true;
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        body.writeBytes(copy);
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          dispatch();
          return true;
        }
      }
      return true;
    }

    private void scheduleCheck() {
      check =
          getRequest()
              .getComponents()
              .getScheduler()
              .schedule(this::checkRate, 1, TimeUnit.SECONDS);
    }

    private synchronized void checkRate() {
      if (done) {
        return;
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      long due = (seconds - GRACE_SECONDS) * MIN_BYTES_PER_SECOND;
      if (due > body.size()) {
        refuse(
            408,
            "The request body came too slowly ("
                + body.size()
                + " bytes in "
                + seconds
                + " s; at least "
                + MIN_BYTES_PER_SECOND
                + " bytes a second are needed).");
        return;
      }
      scheduleCheck();
    }

    private void refuse(int status, String message) {
      finish();
      Response.writeError(getRequest(), getResponse(), getCallback(), status, message);
    }

    private void dispatch() {
      finish();
      Request whole = new LoadedRequest(getRequest(), body.toByteArray());
      // The servlets block: never run them on the thread that delivered the last bytes.
      getRequest().getContext().execute(() -> handle(whole, getResponse(), getCallback()));
    }

    private void finish() {
      done = true;
      if (check != null) {
        check.cancel();
      }
    }
  }

  /** A request whose body has been read whole: one chunk, then the end. */
  private static final class LoadedRequest extends Request.Wrapper {
    private Content.Chunk next;

    LoadedRequest(Request request, byte[] body) {
      super(request);
      this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk chunk = next;
      next = Content.Chunk.EOF;
      return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run(); // the body is always there
    }
  }
}
