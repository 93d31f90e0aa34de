package nl.kamergraaf.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a size such as {@code 4MiB}, {@code 512k} or {@code 1000000} (bytes) from the command line.
 */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long unit = 1;
    if (!v.isEmpty() && "kmg".indexOf(v.charAt(v.length() - 1)) >= 0) {
      unit = 1L << (10 * ("kmg".indexOf(v.charAt(v.length() - 1)) + 1));
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a size: give bytes, or a number with K, M or G (e.g. 4M)");
    }
  }

  /** A size where {@code 0} is allowed and means none. */
  static final class OrNone implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return value.trim().equals("0") ? 0L : new ByteSize().convert(value);
    }
  }
}
