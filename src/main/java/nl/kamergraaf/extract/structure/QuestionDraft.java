package nl.kamergraaf.extract.structure;

import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.ingest.Span;

/** A question being read line by line: where its heading, text and answer stand so far. */
final class QuestionDraft {
  /** How the paper marks where the question text ends and the answer begins. */
  enum Mode {
    /** An answer heading ("Antwoord") follows the question. */
    HEADED,
    /** The question is set in bold; the first paragraph in roman type begins the answer. */
    BOLD,
    /** A list: the question paragraph (and any asking one after it), then the answer. */
    LISTED
  }

  final int printed;
  final Entity fraction;
  final Mode mode;
  final Line heading;
  final String rule;
  Span text;
  Span answerStart;
  Span answerText;
  String answerRule;

  /**
   * @param printed the number the paper prints, or -1
   * @param heading the line that opens the question (its heading, or its first paragraph)
   */
  QuestionDraft(int printed, Entity fraction, Mode mode, Line heading, String rule) {
    this.printed = printed;
    this.fraction = fraction;
    this.mode = mode;
    this.heading = heading;
    this.rule = rule;
  }

  void addText(Span line) {
    text = text == null ? line : new Span(text.start(), line.end());
  }

  void addAnswer(Span line) {
    answerText = answerText == null ? line : new Span(answerText.start(), line.end());
  }

  boolean answered() {
    return answerText != null;
  }

  /** From the heading to the end of the question text. */
  Span questionSpan() {
    return new Span(heading.span().start(), text == null ? heading.span().end() : text.end());
  }

  /** From the answer's heading (or first line) to the end of its text. */
  Span answerSpan() {
    return new Span(answerStart.start(), answerText.end());
  }
}
