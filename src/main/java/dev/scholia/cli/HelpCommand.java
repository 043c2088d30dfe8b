package dev.scholia.cli;

import java.util.List;

/** {@code scholia help [COMMAND...]}: the same help as {@code scholia [COMMAND...] --help}. */
final class HelpCommand implements Command.Action {
  private static final Parameter NAMES = Parameter.anyNumber("COMMAND", "The command to explain, such as build or new essay; none lists them all");

  static final Command COMMAND =
      new Command("help", "Show a command's options: scholia help COMMAND.", "", List.of(), List.of(NAMES), new HelpCommand());

  private HelpCommand() {}

  @Override
  public void run(Arguments arguments, Terminal terminal) {
    Verb verb = Main.SCHOLIA;
    String invoked = Main.NAME;
    for (String word : arguments.words(NAMES)) {
      if (!(verb instanceof CommandGroup group)) {
        throw new UsageException("`" + invoked + "` has no command `" + word + "`", null);
      }
      verb = group.choose(word);
      invoked += " " + word;
    }
    HelpText.help(verb, invoked, terminal.out());
  }
}
