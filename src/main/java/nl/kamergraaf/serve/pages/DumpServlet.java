package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code GET /dumps/kamergraaf.trig} and {@code /dumps/kamergraaf.nq.gz}: every named graph of the
 * store, streamed from one read transaction.
 */
final class DumpServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final transient DatasetGraph dsg;

  DumpServlet(LinkedDataSite site) {
    this.dsg = site.sparql().dataset();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = rest(request);
    switch (name) {
      case "kamergraaf.trig" -> {
        response.setContentType("application/trig; charset=utf-8");
        send(response, name, out -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS));
      }
      case "kamergraaf.nq.gz" -> {
        response.setContentType("application/gzip");
        send(
            response,
            name,
            out -> {
              try {
                GZIPOutputStream gz = new GZIPOutputStream(out);
                RDFDataMgr.write(gz, dsg, Lang.NQUADS);
                gz.finish();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
      default ->
          plain(
              response,
              HttpServletResponse.SC_NOT_FOUND,
              "Not found: /dumps/"
                  + name
                  + ". Dumps: /dumps/kamergraaf.trig, /dumps/kamergraaf.nq.gz");
    }
  }

  private void send(HttpServletResponse response, String name, Consumer<OutputStream> writer)
      throws IOException {
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    OutputStream out = response.getOutputStream();
    Txn.executeRead(dsg, () -> writer.accept(out));
    out.flush();
  }
}
