package nl.kamergraaf.serve.limits;

import java.io.OutputStream;
import java.io.Writer;
import nl.kamergraaf.export.SpreadsheetCells;
import nl.kamergraaf.ingest.XmlText;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's writers for the XML forms and for CSV results, each put behind one that first makes the
 * literals safe, so every answer stays well-formed whatever a text or a query holds: SPARQL XML
 * results (Jena wrote U+FFFF as it is and a control as {@code &#x0001;}, both malformed XML),
 * RDF/XML and TriX (Jena threw on them: a 500 for the data of a resource), with the characters of
 * {@link XmlText} replaced; and CSV results with formulas neutralised ({@link SpreadsheetCells}).
 * Installed once per process, for every server and page in it.
 */
public final class SafeWriters {
  private static boolean installed;

  private SafeWriters() {}

  public static synchronized void install() {
    if (installed) {
      return;
    }
    MappedLiterals xml = new MappedLiterals(XmlText::clean);
    rows(ResultSetLang.RS_XML, xml);
    rows(ResultSetLang.RS_CSV, new MappedLiterals(SpreadsheetCells::neutralise));
    for (RDFFormat format :
        new RDFFormat[] {
          RDFFormat.RDFXML,
          RDFFormat.RDFXML_PLAIN,
          RDFFormat.RDFXML_ABBREV,
          RDFFormat.RDFXML_PRETTY,
          RDFFormat.TRIX
        }) {
      graphs(format, xml);
    }
    datasets(RDFFormat.TRIX, xml);
    installed = true;
  }

  private static void rows(Lang lang, MappedLiterals map) {
    RowSetWriterFactory jena = RowSetWriterRegistry.getFactory(lang);
    RowSetWriterRegistry.register(
        lang,
        l -> {
          RowSetWriter writer = jena.create(l);
          return new RowSetWriter() {
            @Override
            public void write(OutputStream out, RowSet rows, Context context) {
              writer.write(out, map.rows(rows), context);
            }

            @Override
            public void write(Writer out, RowSet rows, Context context) {
              writer.write(out, map.rows(rows), context);
            }

            @Override
            public void write(OutputStream out, boolean result, Context context) {
              writer.write(out, result, context);
            }
          };
        });
  }

  private static void graphs(RDFFormat format, MappedLiterals map) {
    WriterGraphRIOTFactory jena = RDFWriterRegistry.getWriterGraphFactory(format);
    if (jena == null) {
      return;
    }
    RDFWriterRegistry.register(
        format,
        (WriterGraphRIOTFactory)
            f -> {
              WriterGraphRIOT writer = jena.create(f);
              return new WriterGraphRIOT() {
                @Override
                public void write(
                    OutputStream out,
                    Graph graph,
                    PrefixMap prefixes,
                    String base,
                    Context context) {
                  writer.write(out, map.graph(graph), prefixes, base, context);
                }

                @Override
                public void write(
                    Writer out, Graph graph, PrefixMap prefixes, String base, Context context) {
                  writer.write(out, map.graph(graph), prefixes, base, context);
                }

                @Override
                public Lang getLang() {
                  return writer.getLang();
                }
              };
            });
  }

  private static void datasets(RDFFormat format, MappedLiterals map) {
    WriterDatasetRIOTFactory jena = RDFWriterRegistry.getWriterDatasetFactory(format);
    if (jena == null) {
      return;
    }
    RDFWriterRegistry.register(
        format,
        (WriterDatasetRIOTFactory)
            f -> {
              WriterDatasetRIOT writer = jena.create(f);
              return new WriterDatasetRIOT() {
                @Override
                public void write(
                    OutputStream out,
                    DatasetGraph dataset,
                    PrefixMap prefixes,
                    String base,
                    Context context) {
                  writer.write(out, map.dataset(dataset), prefixes, base, context);
                }

                @Override
                public void write(
                    Writer out,
                    DatasetGraph dataset,
                    PrefixMap prefixes,
                    String base,
                    Context context) {
                  writer.write(out, map.dataset(dataset), prefixes, base, context);
                }

                @Override
                public Lang getLang() {
                  return writer.getLang();
                }
              };
            });
  }
}
