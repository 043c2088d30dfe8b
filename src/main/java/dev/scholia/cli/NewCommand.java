package dev.scholia.cli;

import dev.scholia.content.Scaffold;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    description = "Create a content file with valid front matter; an existing file is never overwritten.",
    mixinStandardHelpOptions = true,
    subcommands = {NewCommand.Essay.class, NewCommand.Term.class})
final class NewCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Say what to create: `new essay \"Title\" --theme SLUG` or `new term \"Term\"`.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.EXIT_USAGE;
  }

  @Command(name = "essay", description = "Create content/essays/SLUG.md in a theme.", mixinStandardHelpOptions = true)
  static final class Essay implements Callable<Integer> {
    @Mixin RootOption root;

    @Parameters(paramLabel = "TITLE", description = "The essay's title; the slug is made from it")
    String title;

    @Option(names = "--theme", required = true, paramLabel = "SLUG", description = "The theme it belongs to (a file in content/themes/)")
    String theme;

    @Option(names = "--slug", paramLabel = "SLUG", description = "File name and URL segment, instead of one made from the title")
    String slug;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Scaffold.Created created = Scaffold.essay(root.root, title, theme, slug);
      spec.commandLine()
          .getOut()
          .printf(
              "created %s%nMove paragraphs into it from other essays (cut, not copy: each thread paragraph lives in"
                  + " exactly one essay), add editor's notes as `> [!NOTE]` blockquotes, then run `scholia check`.%n",
              created.path());
      return 0;
    }
  }

  @Command(name = "term", description = "Create content/glossary/SLUG.md for a glossary term.", mixinStandardHelpOptions = true)
  static final class Term implements Callable<Integer> {
    @Mixin RootOption root;

    @Parameters(paramLabel = "TERM", description = "The term as it should be shown")
    String term;

    @Option(names = "--slug", paramLabel = "SLUG", description = "File name (and anchor on the glossary page), instead of one made from the term")
    String slug;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Scaffold.Created created = Scaffold.term(root.root, term, slug);
      spec.commandLine()
          .getOut()
          .printf(
              "created %s%nWrite the definition below the front matter and list other spellings under `aliases`.%n",
              created.path());
      return 0;
    }
  }
}
