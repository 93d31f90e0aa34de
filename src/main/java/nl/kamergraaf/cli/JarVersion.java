package nl.kamergraaf.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code kamergraaf --version}: the version Maven wrote into the jar's manifest ({@code
 * Implementation-Version}), so it is the version of the jar that runs, never a copy.
 */
public final class JarVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"kamergraaf " + version()};
  }

  /** The jar's version, or a note that these classes do not run from a built jar. */
  public static String version() {
    String v = JarVersion.class.getPackage().getImplementationVersion();
    return v != null ? v : "(not run from a built jar: no version in a manifest)";
  }
}
