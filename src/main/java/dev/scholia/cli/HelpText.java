package dev.scholia.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a verb's help as a terminal shows it: what it does, how to call it, then its arguments,
 * commands and options, each section's descriptions aligned in one column, every line wrapped to
 * {@value #WIDTH} characters. Loaded only to print help or a usage error, never on a command's
 * way to running.
 */
final class HelpText {
  static final int WIDTH = 80;
  /** Space between a name and its description. */
  private static final int GAP = 3;
  /** Long options are indented past a short form, as in {@code -h, --help}, so the names align. */
  private static final String LONG_ONLY = "      ";
  private static final Row HELP = new Row("  -h, --help", "Show this help and exit.");
  private static final Row VERSION = new Row("  -V, --version", "Print the version and exit.");

  private record Row(String name, String description) {}

  private record Section(String heading, List<Row> rows) {}

  private final List<String> lines = new ArrayList<>();

  private HelpText() {}

  /**
   * The whole help, for {@code --help} and {@code help}: what the verb does, then how to call it.
   *
   * @param invoked how the user reached the verb, such as {@code scholia new essay}
   */
  static void help(Verb verb, String invoked, PrintWriter to) {
    HelpText help = new HelpText();
    help.paragraph(verb.summary());
    if (!verb.details().isEmpty()) {
      help.lines.add("");
      verb.details().lines().forEach(help::paragraph);
    }
    help.lines.add("");
    help.usage(verb, invoked);
    help.print(to);
  }

  /** After a usage error: only how to call the verb, so the error stays in sight above it. */
  static void usage(Verb verb, String invoked, PrintWriter to) {
    HelpText help = new HelpText();
    help.usage(verb, invoked);
    help.print(to);
  }

  private void usage(Verb verb, String invoked) {
    if (verb instanceof Command command) {
      usageLine(invoked, synopsis(command));
      sections(sections(command));
    } else {
      usageLine(invoked, List.of("COMMAND", "[OPTIONS]"));
      // Only the top of the tree has a version to print.
      sections(sections((CommandGroup) verb, verb == Main.SCHOLIA));
      lines.add("");
      paragraph("Run `" + invoked + " COMMAND --help` for a command's options.");
    }
  }

  private void print(PrintWriter to) {
    lines.forEach(to::println);
    to.flush();
  }

  /** The parameters, then the options: required ones bare, the others in brackets. */
  private static List<String> synopsis(Command command) {
    List<String> items = new ArrayList<>();
    command.parameters().forEach(p -> items.add(p.synopsis()));
    command.options().forEach(o -> items.add(o.required() ? o.synopsis() : "[" + o.synopsis() + "]"));
    return items;
  }

  private static List<Section> sections(Command command) {
    List<Section> sections = new ArrayList<>();
    if (!command.parameters().isEmpty()) {
      sections.add(new Section("Arguments:", command.parameters().stream().map(p -> new Row("  " + p.synopsis(), p.description())).toList()));
    }
    List<Row> options = new ArrayList<>();
    for (Option option : command.options()) {
      String description = option.description();
      if (option.required()) {
        description += " (required)";
      } else if (option.defaultValue() != null) {
        description += " (default: " + option.defaultValue() + ")";
      }
      options.add(new Row(LONG_ONLY + option.synopsis(), description));
    }
    options.add(HELP);
    sections.add(new Section("Options:", options));
    return sections;
  }

  private static List<Section> sections(CommandGroup group, boolean withVersion) {
    List<Row> commands = group.verbs().stream().map(v -> new Row("  " + v.name(), v.summary())).toList();
    List<Row> options = withVersion ? List.of(HELP, VERSION) : List.of(HELP);
    return List.of(new Section("Commands:", commands), new Section("Options:", options));
  }

  private void usageLine(String invoked, List<String> items) {
    String prefix = "Usage: " + invoked + " ";
    List<String> wrapped = wrap(items, WIDTH - prefix.length());
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add((i == 0 ? prefix : " ".repeat(prefix.length())) + wrapped.get(i));
    }
  }

  /** Each section after a blank line, its descriptions starting in one column. */
  private void sections(List<Section> sections) {
    for (Section section : sections) {
      int column = 0;
      for (Row row : section.rows()) {
        column = Math.max(column, row.name().length() + GAP);
      }
      lines.add("");
      lines.add(section.heading());
      for (Row row : section.rows()) {
        List<String> wrapped = wrap(words(row.description()), WIDTH - column);
        for (int i = 0; i < wrapped.size(); i++) {
          String name = i == 0 ? row.name() : "";
          lines.add(name + " ".repeat(column - name.length()) + wrapped.get(i));
        }
      }
    }
  }

  /** A line of text wrapped, its continuation lines indented as far as the line itself. */
  private void paragraph(String text) {
    String indent = " ".repeat(text.length() - text.stripLeading().length());
    wrap(words(text.strip()), WIDTH - indent.length()).forEach(line -> lines.add(indent + line));
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" +"));
  }

  /** Greedy: as many items on a line as fit in {@code width}; an item longer than that alone. */
  static List<String> wrap(List<String> items, int width) {
    List<String> wrapped = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String item : items) {
      if (line.length() > 0 && line.length() + 1 + item.length() > width) {
        wrapped.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(item);
    }
    wrapped.add(line.toString());
    return wrapped;
  }
}
