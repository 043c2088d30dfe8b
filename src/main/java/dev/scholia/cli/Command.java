package dev.scholia.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A command as plain data: its name and help, the options and parameters it takes, and the code
 * it runs. {@link ArgumentParser} reads the command line against it and {@link HelpText} prints
 * its help, so what a command accepts and what its help says cannot drift apart.
 *
 * @param options in the order the usage lists them; {@code --help} is every command's without
 *     being declared
 * @param parameters in the order they are given; only the last may be variadic
 */
record Command(String name, String summary, String details, List<Option> options, List<Parameter> parameters, Action action)
    implements Verb {

  /**
   * What a command does with its arguments. Returning means success (exit status 0); problems in
   * the input are thrown as a {@code ScholiaException} (1), bad usage as a {@link UsageException} (2).
   *
   * <p>Each command's own class implements it rather than a method reference: every run declares
   * every command, and the JVM spins a class for each lambda at start-up.
   */
  interface Action {
    void run(Arguments arguments, Terminal terminal) throws Exception;
  }

  Command {
    options = List.copyOf(options);
    parameters = List.copyOf(parameters);
    Set<String> names = new HashSet<>();
    for (Option option : options) {
      if (!names.add(option.name()) || option.name().equals("--help")) {
        throw new IllegalArgumentException(name + " declares " + option.name() + " twice");
      }
    }
    for (int i = 0; i < parameters.size() - 1; i++) {
      if (parameters.get(i).variadic()) {
        throw new IllegalArgumentException(name + ": only the last parameter may take any number of words");
      }
    }
  }

  /** The declared option of this name, or {@code null}. */
  Option option(String optionName) {
    for (Option option : options) {
      if (option.name().equals(optionName)) {
        return option;
      }
    }
    return null;
  }
}
