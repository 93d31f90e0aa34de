package nl.kamergraaf.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's defaults for the options of a shared mixin ({@link ServingOptions}), by the option's
 * longest name, so one mixin serves commands whose defaults differ.
 */
abstract class OptionDefaults implements IDefaultValueProvider {
  private final Map<String, String> values;

  OptionDefaults(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    return arg instanceof OptionSpec option ? values.get(option.longestName()) : null;
  }
}
