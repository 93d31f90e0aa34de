package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares the system's facts with the gold documents and reports per-category scores.
 *
 * <pre>
 * List&lt;GoldDocument&gt; gold = GoldLoader.load(goldDirectory);
 * Report report = new Evaluator(gold).evaluate(DatasetFacts.of(dataset));
 * System.out.print(report.toText(true));
 * </pre>
 *
 * <p>Only gold documents that appear as {@code ?source} in some contract query result are scored;
 * the rest are listed as skipped. Counts are summed over documents before precision, recall and F1
 * are computed (micro-average). System facts about documents without gold are not looked at.
 */
public final class Evaluator {
  private final List<GoldDocument> gold;
  private final List<Scorer> scorers;

  public Evaluator(List<GoldDocument> gold) {
    this.gold = List.copyOf(gold);
    List<Scorer> all = new ArrayList<>();
    all.add(new DocumentScorer());
    all.add(new QuestionScorer());
    all.addAll(EntityScorer.all());
    all.add(new QuantityScorer());
    all.add(new QuantityRoleScorer());
    all.add(new RelationScorer());
    all.add(new RoleScorer());
    this.scorers = List.copyOf(all);
  }

  /** Scores {@code facts} against every gold document it has facts for. */
  public Report evaluate(SystemFacts facts) {
    SystemIndex index = SystemIndex.of(facts);
    Set<String> sources = index.sources();
    Tally tally = new Tally();
    List<String> evaluated = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (GoldDocument document : gold) {
      if (!sources.contains(document.doc())) {
        skipped.add(document.doc());
        continue;
      }
      evaluated.add(document.doc());
      DocFacts system = index.document(document.doc());
      for (Scorer scorer : scorers) {
        scorer.score(document, system, tally);
      }
    }
    return tally.toReport(evaluated, skipped);
  }
}
