package dev.scholia.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One command's arguments as {@link ArgumentParser} accepted them. Read them through the
 * command's own {@link Option} and {@link Parameter} declarations; a value that does not convert
 * is a {@link UsageException} naming the option.
 *
 * @param values every option given or defaulted, by name
 * @param flags the flags given, by name
 * @param words each parameter's words, by label
 */
record Arguments(Map<String, String> values, Set<String> flags, Map<String, List<String>> words) {
  Arguments {
    values = Map.copyOf(values);
    flags = Set.copyOf(flags);
    words = Map.copyOf(words);
  }

  /** The option's value, its default when not given; {@code null} when it has neither. */
  String value(Option option) {
    return values.get(option.name());
  }

  boolean flag(Option option) {
    return flags.contains(option.name());
  }

  /** The option's value as a path; {@code null} when it has none. */
  Path path(Option option) {
    String value = value(option);
    try {
      return value == null ? null : Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("option `" + option.name() + "`: `" + value + "` is not a path: " + e.getReason(), null);
    }
  }

  /** The option's value as a whole number from {@code min} to {@code max}. */
  int integer(Option option, int min, int max) {
    String value = value(option);
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Refused below, with the range, as an out-of-range number is.
    }
    throw new UsageException(
        "option `" + option.name() + "` takes a whole number from " + min + " to " + max + ", not `" + value + "`", null);
  }

  /** The word given for a one-word parameter. */
  String word(Parameter parameter) {
    return words.get(parameter.label()).get(0);
  }

  /** The words given for a parameter, none or more for a variadic one. */
  List<String> words(Parameter parameter) {
    return words.get(parameter.label());
  }
}
