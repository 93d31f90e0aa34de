package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.eval.AmountRulePrecision;
import nl.kamergraaf.eval.DatasetFacts;
import nl.kamergraaf.eval.Evaluator;
import nl.kamergraaf.eval.GoldLoader;
import nl.kamergraaf.eval.Report;
import nl.kamergraaf.eval.RulePrecision;
import nl.kamergraaf.eval.SpanLookup;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf eval}: precision, recall and F1 per category against hand annotations. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score the graph against hand annotations: precision, recall and F1 per category.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      description = "Folder of gold annotation files (*.json).")
  Path gold;

  @Option(
      names = "--store",
      description = "Score this built store (default: build --input in memory).")
  Path store;

  @Option(
      names = "--input",
      defaultValue = "data/corpus",
      description = "Documents to build when no --store is given (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(
      names = "--errors",
      description =
          "List the missed and spurious items per category, the precision of each rule, and of each rule that read an amount's programme, giver or recipient.")
  boolean errors;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    var goldDocs = GoldLoader.load(gold);
    DatasetGraph dsg = store != null ? Store.open(store) : buildInMemory();
    try {
      var dataset = DatasetFactory.wrap(dsg);
      DatasetFacts facts = DatasetFacts.of(dataset);
      Report report = Txn.calculateRead(dsg, () -> new Evaluator(goldDocs).evaluate(facts));
      var out = spec.commandLine().getOut();
      out.print(
          json
              ? report.toJson() + "\n"
              : errors ? report.toText(new SpanLookup(dataset)::where) : report.toText(false));
      if (errors && !json) {
        out.print(
            Txn.calculateRead(dsg, () -> RulePrecision.of(dataset, goldDocs, facts)).toText());
        out.print(new AmountRulePrecision(goldDocs).toText(dataset));
      }
      out.flush();
    } finally {
      if (store != null) {
        Store.close(dsg);
      }
    }
    return ExitCodes.OK;
  }

  private DatasetGraph buildInMemory() {
    DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    CorpusBuilder builder = new CorpusBuilder(DocumentExtractor.load(), Iris.defaults());
    Txn.executeWrite(
        dsg,
        () ->
            builder.build(
                input,
                StreamRDFLib.dataset(dsg),
                new ConsoleProgress(spec.commandLine().getErr(), spec.commandLine().getErr())));
    return dsg;
  }
}
