package nl.kamergraaf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.VersionRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The enforcer rule in pom.xml that bans Jena versions with security advisories: read with Maven's
 * own version ranges, it bans each version an advisory names and admits the one we use.
 */
class JenaAdvisoriesRuleTest {
  private static final List<VersionRange> banned = new ArrayList<>();
  private static String ourVersion;

  @BeforeAll
  static void readPom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    NodeList excludes = pom.getElementsByTagName("bannedDependencies").item(0).getChildNodes();
    for (int i = 0; i < excludes.getLength(); i++) {
      if (!excludes.item(i).getNodeName().equals("excludes")) {
        continue;
      }
      for (String pattern : excludes.item(i).getTextContent().trim().split("\\s+")) {
        String[] parts = pattern.split(":");
        if (parts[0].equals("org.apache.jena") && parts[1].equals("*")) {
          banned.add(VersionRange.createFromVersionSpec(parts[2]));
        }
      }
    }
    ourVersion = pom.getElementsByTagName("jena.version").item(0).getTextContent().trim();
  }

  private static boolean isBanned(String version) {
    return banned.stream().anyMatch(r -> r.containsVersion(new DefaultArtifactVersion(version)));
  }

  @Test
  void theRuleCoversEveryJenaArtifact() {
    assertEquals(1, banned.size(), "one range for org.apache.jena:*");
  }

  /** The last affected version of each advisory, and versions inside its range. */
  @ParameterizedTest(name = "{1} ({0})")
  @CsvSource({
    "CVE-2021-33192, 4.0.0",
    "CVE-2021-39239, 4.1.0",
    "CVE-2022-28890, 4.4.0",
    "CVE-2023-22665, 4.7.0",
    "CVE-2023-32200, 4.8.0",
    "CVE-2023-32200, 3.7.0",
    "CVE-2021-39239, 3.17.0",
  })
  void versionsWithAnAdvisoryAreBanned(String advisory, String version) {
    assertTrue(isBanned(version), version + " is affected by " + advisory);
  }

  @Test
  void theVersionWeUseAndTheFixedOnesAreAdmitted() {
    assertFalse(isBanned(ourVersion), "jena.version " + ourVersion);
    assertFalse(isBanned("4.9.0"));
    assertFalse(isBanned("5.0.0"));
  }
}
