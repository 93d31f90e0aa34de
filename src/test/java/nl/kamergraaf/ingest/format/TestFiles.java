package nl.kamergraaf.ingest.format;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Writes small PDF and .docx files for tests, made on the spot with PDFBox and a ZIP stream. */
final class TestFiles {
  static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" "
          + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  static final String RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

  private TestFiles() {}

  /** A Word document.xml whose body has these paragraphs; a paragraph in ** ** is bold. */
  static String documentXml(String prolog, List<String> paragraphs) {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .append(prolog)
            .append("<w:document xmlns:w=\"")
            .append(WORD_NS)
            .append("\"><w:body>");
    for (String p : paragraphs) {
      boolean bold = p.startsWith("**") && p.endsWith("**");
      String text = bold ? p.substring(2, p.length() - 2) : p;
      s.append("<w:p><w:r>")
          .append(bold ? "<w:rPr><w:b/></w:rPr>" : "")
          .append("<w:t xml:space=\"preserve\">")
          .append(text)
          .append("</w:t></w:r></w:p>");
    }
    return s.append("</w:body></w:document>").toString();
  }

  /** A .docx with these parts (name to content), stored with the usual compression. */
  static Path docx(Path file, Map<String, String> parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** The three parts of the smallest .docx, with {@code documentXml} as its body. */
  static Map<String, String> docxParts(String documentXml) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("_rels/.rels", RELS);
    parts.put("word/document.xml", documentXml);
    return parts;
  }

  /** A one-page PDF with these lines in Helvetica 11 pt, 14 pt apart, from the top. */
  static PDDocument pdf(List<List<String>> pages) throws IOException {
    PDDocument doc = new PDDocument();
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    for (List<String> lines : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = page.getMediaBox().getHeight() - 60;
        for (String line : lines) {
          if (!line.isEmpty()) {
            boolean isBold = line.startsWith("**");
            cs.beginText();
            cs.setFont(isBold ? bold : font, 11);
            cs.newLineAtOffset(60, y);
            cs.showText(isBold ? line.substring(2) : line);
            cs.endText();
          }
          y -= 14;
        }
      }
    }
    return doc;
  }

  /** A PDF whose only page is an image: what a scanner makes. */
  static Path scannedPdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      var graphics = image.createGraphics();
      graphics.drawString("Vraag 1", 20, 50); // text as pixels, not as a text layer
      graphics.dispose();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, image), 50, 600, 400, 200);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A PDF that opens only with the user password "geheim". */
  static Path encryptedPdf(Path file, String userPassword) throws IOException {
    try (PDDocument doc = pdf(List.of(List.of("Vraag 1", "Hoeveel kost de F-35?")))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }
}
