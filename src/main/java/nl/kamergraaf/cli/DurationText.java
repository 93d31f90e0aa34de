package nl.kamergraaf.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration such as {@code 90s}, {@code 3m}, {@code 1h} or {@code 45} (seconds). */
final class DurationText implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return positive(Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))), value);
      }
      char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
      String number = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
      long n = Long.parseLong(number);
      return positive(
          switch (unit) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 's' -> Duration.ofSeconds(n);
            default -> {
              if (!Character.isDigit(unit)) {
                throw new NumberFormatException();
              }
              yield Duration.ofSeconds(n);
            }
          },
          value);
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: give seconds, or a number with s, m or h (e.g. 3m)");
    }
  }

  private static Duration positive(Duration d, String value) {
    if (d.isZero() || d.isNegative()) {
      throw new TypeConversionException("'" + value + "': the duration must be positive");
    }
    return d;
  }
}
