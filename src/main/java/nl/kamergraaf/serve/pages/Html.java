package nl.kamergraaf.serve.pages;

/**
 * A small HTML writer that escapes every piece of text and every attribute value it is given, so a
 * label or quote holding markup shows as text and never becomes markup, and bidirectional controls
 * in it show as code points rather than reorder what the reader sees.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "note").text(label).close("p");
 * }</pre>
 */
final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /** Escapes text for element content and for double- or single-quoted attribute values. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        // Bidirectional controls would reorder the text around them ("exe.pdf" shown for
        // "fdp.exe"); they are shown as their code point instead.
        case '\u061C',
            '\u200E',
            '\u200F',
            '\u202A',
            '\u202B',
            '\u202C',
            '\u202D',
            '\u202E',
            '\u2066',
            '\u2067',
            '\u2068',
            '\u2069' ->
            b.append(String.format("[U+%04X]", (int) c));
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** An opening tag with attributes given as name, value pairs; a null value leaves it out. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String text) {
    out.append(escape(text == null ? "" : text));
    return this;
  }

  /** A link; {@code href} is escaped like any attribute. */
  Html link(String href, String text, String... attributes) {
    String[] all = new String[attributes.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return element("a", text, all);
  }

  /** Markup this class wrote itself (a doctype, a line break): never call with outside text. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
