package dev.scholia.cli;

import dev.scholia.model.ScholiaException;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code java -jar scholia.jar COMMAND [OPTIONS]}: walks the words of the command line down the
 * tree of commands, reads the chosen command's arguments and runs it, and turns what it throws
 * into an exit status.
 */
public final class Main {
  public static final int EXIT_INPUT = 1;
  public static final int EXIT_USAGE = 2;
  /** A bug in scholia rather than in the input: the stack trace is printed for a report. */
  public static final int EXIT_INTERNAL = 3;

  static final String NAME = "scholia";
  private static final String VERSION = "scholia 0.1.0";
  private static final List<String> HELP = List.of("-h", "--help");
  private static final List<String> VERSION_OPTIONS = List.of("-V", "--version");

  /** Every command, in the order the usage lists them. */
  static final CommandGroup SCHOLIA =
      new CommandGroup(
          NAME,
          "Turns a discussion thread into an annotated essay archive.",
          "Every command reads the archive in --root DIR (default: the current folder): seeds/, content/"
              + " and optionally templates/. Exit status: 0 success, 1 bad input (each problem listed as"
              + " path:line: error: message), 2 bad usage, 3 an internal error (a bug in scholia).",
          List.of(BuildCommand.COMMAND, CheckCommand.COMMAND, SplitCommand.COMMAND, ServeCommand.COMMAND, NewCommand.GROUP, HelpCommand.COMMAND));

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the CLI with the given streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    List<String> words = List.of(args);
    Verb verb = SCHOLIA;
    String invoked = NAME;
    try {
      int next = 0;
      while (verb instanceof CommandGroup group) {
        if (next == words.size()) {
          // Nothing says what to do: the whole help, as --help prints it, but as a usage error.
          err.println(invoked + ": missing command");
          err.println();
          HelpText.help(group, invoked, err);
          return EXIT_USAGE;
        }
        String word = words.get(next++);
        if (HELP.contains(word)) {
          HelpText.help(group, invoked, out);
          return 0;
        }
        if (VERSION_OPTIONS.contains(word)) {
          out.println(VERSION);
          return 0;
        }
        if (word.startsWith("-")) {
          throw unknownOption(group, invoked, word);
        }
        verb = group.choose(word);
        invoked += " " + word;
      }
      Command command = (Command) verb;
      List<String> rest = words.subList(next, words.size());
      if (ArgumentParser.asks(rest, HELP)) {
        HelpText.help(command, invoked, out);
        return 0;
      }
      if (ArgumentParser.asks(rest, VERSION_OPTIONS)) {
        out.println(VERSION);
        return 0;
      }
      command.action().run(ArgumentParser.parse(command, rest), new Terminal(out, err));
      return 0;
    } catch (UsageException e) {
      err.println(invoked + ": " + e.getMessage());
      if (e.hint() != null) {
        err.println("  hint: " + e.hint());
      }
      err.println();
      HelpText.usage(verb, invoked, err);
      return EXIT_USAGE;
    } catch (ScholiaException problems) {
      Reporter.report(err, problems.diagnostics());
      return EXIT_INPUT;
    } catch (Exception e) {
      err.println("scholia: internal error (a bug in scholia, not in your files; please report it): " + e);
      e.printStackTrace(err);
      err.flush();
      return EXIT_INTERNAL;
    } finally {
      out.flush();
    }
  }

  /** An option before any command: if a command takes it, the user put it too early (as Hugo allows). */
  private static UsageException unknownOption(CommandGroup group, String invoked, String word) {
    String name = word.split("=", 2)[0];
    for (Verb verb : group.verbs()) {
      if (verb instanceof Command command && command.option(name) != null) {
        return new UsageException("unknown option `" + name + "`", "options follow the command: " + invoked + " " + command.name() + " " + word);
      }
    }
    return UsageException.unknown("option", name, List.of("--help", "--version"));
  }
}
