package nl.kamergraaf.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One step of extraction: it reads the layers of a document's {@link Annotation} it requires and
 * sets or refines the ones it produces. {@link DocumentExtractor} runs the steps in order, and
 * checks when it is made that each finds what it requires made by a step before it (CoreNLP's
 * {@code Annotator.requires()} and {@code requirementsSatisfied()}).
 */
interface Annotator {
  /** The kinds of thing an annotation holds. */
  enum Layer {
    TOKENS,
    MENTIONS,
    INFO,
    API,
    QUESTIONS,
    RELATIONS,
    QUANTITIES,
    REFERENCES
  }

  /** A short name, for messages. */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  void annotate(Annotation annotation);

  /** An annotator that runs {@code step}. */
  static Annotator of(
      String name, Set<Layer> requires, Set<Layer> produces, Consumer<Annotation> step) {
    Set<Layer> in = Set.copyOf(requires);
    Set<Layer> out = Set.copyOf(produces);
    return new Annotator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return in;
      }

      @Override
      public Set<Layer> produces() {
        return out;
      }

      @Override
      public void annotate(Annotation annotation) {
        step.accept(annotation);
      }
    };
  }

  /** Fails when an annotator requires a layer no annotator before it produces. */
  static void checkOrder(List<Annotator> annotators) {
    Set<Layer> made = EnumSet.noneOf(Layer.class);
    for (Annotator a : annotators) {
      if (!made.containsAll(a.requires())) {
        Set<Layer> missing = EnumSet.copyOf(a.requires());
        missing.removeAll(made);
        throw new IllegalStateException(
            "the annotator '"
                + a.name()
                + "' requires "
                + missing
                + ", which no annotator before it produces");
      }
      made.addAll(a.produces());
    }
  }
}
