package dev.scholia.cli;

/**
 * An option a command declares: {@code --name VALUE} (also typed {@code --name=VALUE}), or a flag
 * that takes no value. Built with {@link #valued} or {@link #flag}, which refuse a declaration
 * the parser could not honour.
 *
 * @param name the option as typed, such as {@code --root}
 * @param valueLabel what its value is, shown in the usage ({@code DIR}); {@code null} for a flag
 * @param description one sentence for the help
 * @param required whether the command refuses to run without it
 * @param defaultValue the value when it is not given, shown in the help; {@code null} for none
 */
record Option(String name, String valueLabel, String description, boolean required, String defaultValue) {
  Option {
    if (!name.startsWith("--") || name.length() < 3 || name.contains("=")) {
      throw new IllegalArgumentException("an option is named --word: " + name);
    }
    if (valueLabel == null && (required || defaultValue != null)) {
      throw new IllegalArgumentException("a flag has no value to require or default: " + name);
    }
    if (required && defaultValue != null) {
      throw new IllegalArgumentException("a required option needs no default: " + name);
    }
  }

  static Option valued(String name, String valueLabel, String description) {
    return new Option(name, valueLabel, description, false, null);
  }

  static Option flag(String name, String description) {
    return new Option(name, null, description, false, null);
  }

  Option asRequired() {
    return new Option(name, valueLabel, description, true, defaultValue);
  }

  Option withDefault(String value) {
    return new Option(name, valueLabel, description, required, value);
  }

  boolean isFlag() {
    return valueLabel == null;
  }

  /** As the usage shows it: {@code --root DIR}, or {@code --explain} for a flag. */
  String synopsis() {
    return isFlag() ? name : name + " " + valueLabel;
  }
}
