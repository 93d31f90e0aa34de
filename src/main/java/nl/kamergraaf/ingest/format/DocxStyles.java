package nl.kamergraaf.ingest.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * What a .docx's styles say about bold: headings ("heading 1", "Kop 2", "Title") and styles whose
 * run properties, or those of the styles they are based on, switch bold on.
 */
final class DocxStyles {
  private static final int MAX_BASED_ON = 20; // guards against a cycle of basedOn links
  private final XWPFStyles styles;
  private final Map<String, Boolean> bold = new HashMap<>();

  DocxStyles(XWPFStyles styles) {
    this.styles = styles;
  }

  /** Whether the paragraph style {@code id} is a heading. */
  boolean isHeading(String id) {
    if (id == null || styles == null) {
      return false;
    }
    XWPFStyle style = styles.getStyle(id);
    String name =
        (style == null || style.getName() == null ? id : style.getName()).toLowerCase(Locale.ROOT);
    return name.startsWith("heading")
        || name.startsWith("kop")
        || name.equals("title")
        || name.equals("titel");
  }

  /** Whether the style {@code id} (paragraph or character) makes its text bold. */
  boolean isBold(String id) {
    if (id == null || id.isEmpty() || styles == null) {
      return false;
    }
    return bold.computeIfAbsent(id, this::resolveBold);
  }

  private boolean resolveBold(String id) {
    Set<String> seen = new HashSet<>();
    String current = id;
    while (current != null && seen.add(current) && seen.size() < MAX_BASED_ON) {
      XWPFStyle style = styles.getStyle(current);
      if (style == null || style.getCTStyle() == null) {
        return false;
      }
      Boolean explicit = bold(style.getCTStyle().getRPr());
      if (explicit != null) {
        return explicit;
      }
      current = style.getBasisStyleID();
    }
    return false;
  }

  /** The bold setting of run properties: true, false, or null when they do not say. */
  static Boolean bold(CTRPr rpr) {
    if (rpr == null || rpr.sizeOfBArray() == 0) {
      return null;
    }
    return POIXMLUnits.parseOnOff(rpr.getBArray(0));
  }
}
