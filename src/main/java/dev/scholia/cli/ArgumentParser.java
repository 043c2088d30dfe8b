package dev.scholia.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one command's arguments against its {@link Command} declaration. Options come in any
 * order, before or after the parameters, as {@code --name VALUE} or {@code --name=VALUE};
 * {@code --} ends the options, so a parameter may start with a dash. Anything the command does
 * not declare, a value missing or given twice, a missing parameter or one too many, is refused
 * with a {@link UsageException} that names it.
 */
final class ArgumentParser {
  private final Command command;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final List<String> words = new ArrayList<>();

  private ArgumentParser(Command command) {
    this.command = command;
  }

  static Arguments parse(Command command, List<String> args) {
    return new ArgumentParser(command).read(args);
  }

  /**
   * Whether {@code args} hold one of {@code names} before any {@code --}. Asking for help wins
   * over every mistake on the line, so adding {@code --help} to a refused command shows its help.
   */
  static boolean asks(List<String> args, List<String> names) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (names.contains(arg)) {
        return true;
      }
    }
    return false;
  }

  private Arguments read(List<String> args) {
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !looksLikeOption(arg)) {
        words.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else {
        i = readOption(args, i);
      }
    }
    // Loops rather than streams here: every run passes this way, and each lambda is a class the
    // JVM spins at start-up.
    Map<String, List<String>> parameters = assignWords();
    List<String> missing = new ArrayList<>();
    for (Parameter parameter : command.parameters()) {
      if (!parameters.containsKey(parameter.label())) {
        missing.add(parameter.label());
      }
    }
    for (Option option : command.options()) {
      if (values.containsKey(option.name())) {
        continue;
      }
      if (option.required()) {
        missing.add(option.synopsis());
      } else if (option.defaultValue() != null) {
        values.put(option.name(), option.defaultValue());
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException("missing " + UsageException.quoted(missing, " and "), null);
    }
    return new Arguments(values, flags, parameters);
  }

  /** Reads the option at {@code args[at]} and its value; returns the index of the last argument used. */
  private int readOption(List<String> args, int at) {
    String arg = args.get(at);
    String name = nameOf(arg);
    boolean inline = name.length() < arg.length();
    Option option = command.option(name);
    if (option == null) {
      List<String> known = new ArrayList<>(command.options().stream().map(Option::name).toList());
      known.add("--help");
      throw UsageException.unknown("option", name, known);
    }
    if (option.isFlag()) {
      if (inline) {
        throw new UsageException("option `" + name + "` takes no value", "give it alone: " + name);
      }
      if (!flags.add(name)) {
        throw givenTwice(option);
      }
      return at;
    }
    String value;
    int last = at;
    if (inline) {
      value = arg.substring(name.length() + 1);
    } else if (at + 1 < args.size() && command.option(nameOf(args.get(at + 1))) == null) {
      // The next word is the value even if it starts with a dash (`--slug -x` is refused by the
      // slug check, with a better message), unless it is another of the command's options.
      last = at + 1;
      value = args.get(last);
    } else {
      throw new UsageException("option `" + name + "` needs a value", "give it as " + option.synopsis());
    }
    if (values.putIfAbsent(name, value) != null) {
      throw givenTwice(option);
    }
    return last;
  }

  /** The parameters' words by label, in order; a parameter without its word is left out. */
  private Map<String, List<String>> assignWords() {
    Map<String, List<String>> assigned = new HashMap<>();
    int next = 0;
    for (Parameter parameter : command.parameters()) {
      if (parameter.variadic()) {
        assigned.put(parameter.label(), List.copyOf(words.subList(next, words.size())));
        next = words.size();
      } else if (next < words.size()) {
        assigned.put(parameter.label(), List.of(words.get(next++)));
      }
    }
    if (next < words.size()) {
      throw new UsageException("unexpected argument `" + words.get(next) + "`", quotingHint());
    }
    return assigned;
  }

  /** A title of several words typed without quotes comes as several arguments. */
  private String quotingHint() {
    if (command.parameters().isEmpty()) {
      return null;
    }
    int lastParameter = command.parameters().size() - 1;
    List<String> run = words.subList(lastParameter, words.size());
    return "quote a " + command.parameters().get(lastParameter).label() + " of several words: \"" + String.join(" ", run) + "\"";
  }

  private static UsageException givenTwice(Option option) {
    return new UsageException("option `" + option.name() + "` is given twice", "give it once");
  }

  /** {@code --name} of {@code --name=value}, or the whole argument. */
  private static String nameOf(String arg) {
    int equals = arg.indexOf('=');
    return arg.startsWith("--") && equals > 2 ? arg.substring(0, equals) : arg;
  }

  private static boolean looksLikeOption(String arg) {
    return arg.startsWith("-") && arg.length() > 1;
  }
}
