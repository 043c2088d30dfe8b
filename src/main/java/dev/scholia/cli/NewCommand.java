package dev.scholia.cli;

import dev.scholia.content.Scaffold;
import java.util.List;

/** {@code scholia new essay} and {@code scholia new term}: content files with valid front matter. */
final class NewCommand {
  static final CommandGroup GROUP =
      new CommandGroup(
          "new",
          "Create a content file with valid front matter; an existing file is never overwritten.",
          "Examples:\n  scholia new essay \"Why slack matters\" --theme learning-dynamics\n  scholia new term \"Bone meal\"",
          List.of(Essay.COMMAND, Term.COMMAND));

  private NewCommand() {}

  /** {@code new essay "TITLE" --theme SLUG}. */
  private static final class Essay implements Command.Action {
    private static final Parameter TITLE = Parameter.one("TITLE", "The essay's title; the slug is made from it");
    private static final Option THEME =
        Option.valued("--theme", "SLUG", "The theme it belongs to (a file in content/themes/)").asRequired();
    private static final Option SLUG = Option.valued("--slug", "SLUG", "File name and URL segment, instead of one made from the title");

    static final Command COMMAND =
        new Command(
            "essay",
            "Create content/essays/SLUG.md in a theme.",
            "The slug is made from the title (\"RL vs. Pre-training!\" becomes rl-vs-pre-training) unless"
                + " --slug gives one. A theme without a file in content/themes/ is refused.",
            List.of(THEME, SLUG, RootOption.ROOT),
            List.of(TITLE),
            new Essay());

    @Override
    public void run(Arguments arguments, Terminal terminal) {
      Scaffold.Created created =
          Scaffold.essay(RootOption.of(arguments), arguments.word(TITLE), arguments.value(THEME), arguments.value(SLUG));
      terminal
          .out()
          .printf(
              "created %s%nMove paragraphs into it from other essays (cut, not copy: each thread paragraph lives in"
                  + " exactly one essay), add editor's notes as `> [!NOTE]` blockquotes, then run `scholia check`.%n",
              created.path());
    }
  }

  /** {@code new term "TERM"}. */
  private static final class Term implements Command.Action {
    private static final Parameter TERM = Parameter.one("TERM", "The term as it should be shown");
    private static final Option SLUG =
        Option.valued("--slug", "SLUG", "File name (and anchor on the glossary page), instead of one made from the term");

    static final Command COMMAND =
        new Command(
            "term",
            "Create content/glossary/SLUG.md for a glossary term.",
            "A term that an entry already has as its term or an alias is refused.",
            List.of(SLUG, RootOption.ROOT),
            List.of(TERM),
            new Term());

    @Override
    public void run(Arguments arguments, Terminal terminal) {
      Scaffold.Created created = Scaffold.term(RootOption.of(arguments), arguments.word(TERM), arguments.value(SLUG));
      terminal
          .out()
          .printf("created %s%nWrite the definition below the front matter and list other spellings under `aliases`.%n", created.path());
    }
  }
}
