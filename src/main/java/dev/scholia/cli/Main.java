package dev.scholia.cli;

import dev.scholia.model.ScholiaException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar scholia.jar COMMAND [--root DIR] …}. */
@Command(
    name = "scholia",
    mixinStandardHelpOptions = true,
    version = "scholia 0.1.0",
    description = "Turns a discussion thread into an annotated essay archive.")
public final class Main implements java.util.concurrent.Callable<Integer> {
  public static final int EXIT_INPUT = 1;
  public static final int EXIT_USAGE = 2;
  /** A bug in scholia rather than in the input: the stack trace is printed for a report. */
  public static final int EXIT_INTERNAL = 3;

  /**
   * The commands, in the order the usage lists them. They are registered by {@link #run}, not in
   * {@code @Command(subcommands)}: picocli reads a command's annotations by reflection when it is
   * registered, all of them up front, and that was a tenth of a small archive's build, which needs
   * one command.
   */
  private static final List<Class<?>> COMMANDS =
      List.of(BuildCommand.class, CheckCommand.class, SplitCommand.class, ServeCommand.class, NewCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the CLI with the given streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    String named = args.length == 0 ? null : args[0];
    boolean oneCommand = COMMANDS.stream().anyMatch(c -> nameOf(c).equals(named) && c != CommandLine.HelpCommand.class);
    for (Class<?> command : COMMANDS) {
      // Usage, help and a mistyped command list every command; any other run needs only its own.
      if (!oneCommand || nameOf(command).equals(named)) {
        cli.addSubcommand(command);
      }
    }
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ScholiaException problems) {
            Reporter.report(commandLine.getErr(), problems.diagnostics());
            return EXIT_INPUT;
          }
          commandLine.getErr().println("scholia: internal error (a bug in scholia, not in your files; please report it): " + e);
          e.printStackTrace(commandLine.getErr());
          commandLine.getErr().flush();
          return EXIT_INTERNAL;
        });
    return cli.execute(args);
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /** With no command: usage on stderr, as for any other usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }
}
