package dev.scholia.cli;

import dev.scholia.content.Scaffold;
import java.util.List;

/**
 * {@code scholia new archive}, {@code new theme}, {@code new essay} and {@code new term}: the start
 * of an archive, and content files with valid front matter.
 */
final class NewCommand {
  /**
   * {@code --slug} for the files whose slug is made from a title: a theme's, an essay's. Declared
   * before {@link #GROUP}, whose commands read it while this class initialises.
   */
  private static final Option TITLE_SLUG = Option.valued("--slug", "SLUG", "File name and URL segment, instead of one made from the title");

  static final CommandGroup GROUP =
      new CommandGroup(
          "new",
          "Start an archive, or create a content file with valid front matter; an existing file is never overwritten.",
          "Examples:\n  scholia new archive \"Notes on learning\" --root notes\n"
              + "  scholia new theme \"Learning dynamics\"\n  scholia new essay \"Why slack matters\" --theme learning-dynamics\n  scholia new term \"Bone meal\"",
          List.of(Archive.COMMAND, Theme.COMMAND, Essay.COMMAND, Term.COMMAND));

  private NewCommand() {}

  /** {@code new archive "TITLE"}. */
  private static final class Archive implements Command.Action {
    private static final Parameter TITLE = Parameter.one("TITLE", "The archive's name, shown in every page's header");

    static final Command COMMAND =
        new Command(
            "archive",
            "Start an archive: seeds/, content/site.yaml and a catch-all theme.",
            "Creates the folder given by --root if need be, an empty seeds/ for the thread, content/site.yaml"
                + " with the title, and content/themes/miscellany.md, the theme for paragraphs no other theme"
                + " claims. A folder whose content/ holds anything is refused.",
            List.of(RootOption.ROOT),
            List.of(TITLE),
            new Archive());

    @Override
    public void run(Arguments arguments, Terminal terminal) {
      List<Scaffold.Created> created = Scaffold.archive(RootOption.of(arguments), arguments.word(TITLE));
      created.forEach(file -> terminal.out().println("created " + file.path()));
      terminal
          .out()
          .println(
              "Next: put the thread in seeds/ (a .txt file, one paragraph a line, or a .json export), add a"
                  + " theme for each subject with `scholia new theme \"TITLE\"` and list the keywords that mark it,"
                  + " then run `scholia split` to write the essays and `scholia serve` to read them.");
    }
  }

  /** {@code new theme "TITLE"}. */
  private static final class Theme implements Command.Action {
    private static final Parameter TITLE = Parameter.one("TITLE", "The theme's heading; the slug is made from it");

    static final Command COMMAND =
        new Command(
            "theme",
            "Create content/themes/SLUG.md, a theme split can sort paragraphs into.",
            "The slug is made from the title unless --slug gives one. List the words and phrases that mark"
                + " the theme under `keywords`: they are the classifier's evidence.",
            List.of(TITLE_SLUG, RootOption.ROOT),
            List.of(TITLE),
            new Theme());

    @Override
    public void run(Arguments arguments, Terminal terminal) {
      Scaffold.Created created = Scaffold.theme(RootOption.of(arguments), arguments.word(TITLE), arguments.value(TITLE_SLUG));
      terminal
          .out()
          .printf(
              "created %s%nList the words and phrases that mark the theme under `keywords` (`{phrase: 2}` counts double),"
                  + " then run `scholia split --explain` to see where paragraphs go.%n",
              created.path());
    }
  }

  /** {@code new essay "TITLE" --theme SLUG}. */
  private static final class Essay implements Command.Action {
    private static final Parameter TITLE = Parameter.one("TITLE", "The essay's title; the slug is made from it");
    private static final Option THEME =
        Option.valued("--theme", "SLUG", "The theme it belongs to (a file in content/themes/)").asRequired();

    static final Command COMMAND =
        new Command(
            "essay",
            "Create content/essays/SLUG.md in a theme.",
            "The slug is made from the title (\"RL vs. Pre-training!\" becomes rl-vs-pre-training) unless"
                + " --slug gives one. A theme without a file in content/themes/ is refused.",
            List.of(THEME, TITLE_SLUG, RootOption.ROOT),
            List.of(TITLE),
            new Essay());

    @Override
    public void run(Arguments arguments, Terminal terminal) {
      Scaffold.Created created =
          Scaffold.essay(RootOption.of(arguments), arguments.word(TITLE), arguments.value(THEME), arguments.value(TITLE_SLUG));
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
