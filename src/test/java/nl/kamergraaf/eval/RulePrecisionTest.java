package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision per rule on a document built into a real TDB2 store and a gold file that annotates half
 * of it.
 */
class RulePrecisionTest {
  @TempDir Path dir;

  @Test
  void eachRuleCountsWhatItFoundAndHowMuchOfThatTheGoldHas() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("case.txt"), "Nederland steunt Oekraïne. Hongarije steunt Rusland.\n");
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        gold.resolve("case.json"),
        """
        {"doc": "case.txt",
         "document": {"identifier": null, "kind": "other", "date": null},
         "countries": [{"label": "Nederland", "aliases": []}, {"label": "Oekraïne", "aliases": []},
                       {"label": "Hongarije", "aliases": []}],
         "relations": [{"subject": "Nederland", "predicate": "supports", "object": "Oekraïne"}]}
        """);
    DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    CorpusBuilder builder = new CorpusBuilder(DocumentExtractor.load(), Iris.defaults());
    Txn.executeWrite(
        dsg, () -> builder.build(corpus, StreamRDFLib.dataset(dsg), BuildListener.quiet()));
    Dataset dataset = DatasetFactory.wrap(dsg);

    RulePrecision rules =
        Txn.calculateRead(
            dsg, () -> RulePrecision.of(dataset, GoldLoader.load(gold), DatasetFacts.of(dataset)));

    Map<String, RulePrecision.Row> byRule =
        rules.rows().stream().collect(Collectors.toMap(r -> r.kind() + " " + r.rule(), r -> r));
    assertEquals(
        new RulePrecision.Row("relation", "relation/supports-steunen", 2, 1),
        byRule.get("relation relation/supports-steunen"),
        rules.toText());
    // four countries named, three of them annotated: Rusland is not
    assertEquals(
        new RulePrecision.Row("mention", "entity/gazetteer", 4, 3),
        byRule.get("mention entity/gazetteer"),
        rules.toText());
    assertEquals(0.5, byRule.get("relation relation/supports-steunen").precision());
    List<String> lines = rules.toText().lines().toList();
    assertEquals(
        3 + rules.rows().size(),
        lines.size(),
        "a blank line, a title, a header and a line per rule");
  }
}
