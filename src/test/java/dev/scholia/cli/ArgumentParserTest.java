package dev.scholia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {
  private static final Option ROOT = Option.valued("--root", "DIR", "The archive").withDefault(".");
  private static final Option OUT = Option.valued("--out", "DIR", "Where to write");
  private static final Option THEME = Option.valued("--theme", "SLUG", "The theme").asRequired();
  private static final Option PORT = Option.valued("--port", "PORT", "The port").withDefault("8000");
  private static final Option EXPLAIN = Option.flag("--explain", "Say why");
  private static final Parameter TITLE = Parameter.one("TITLE", "The title");
  private static final Parameter NAMES = Parameter.anyNumber("NAME", "Names");

  private static final Command BUILD = command(List.of(ROOT, OUT, PORT, EXPLAIN), List.of());
  private static final Command ESSAY = command(List.of(THEME, ROOT), List.of(TITLE));
  private static final Command LIST = command(List.of(), List.of(NAMES));

  private static Command command(List<Option> options, List<Parameter> parameters) {
    return new Command("test", "A command under test.", "", options, parameters, (arguments, terminal) -> {});
  }

  private static Arguments parse(Command command, String... args) {
    return ArgumentParser.parse(command, List.of(args));
  }

  private static UsageException refused(Command command, String... args) {
    return assertThrows(UsageException.class, () -> parse(command, args));
  }

  @Test
  void anOptionTakesTheNextWordOrWhatFollowsAnEqualsSign() {
    assertEquals("site", parse(BUILD, "--out", "site").value(OUT));
    assertEquals("site", parse(BUILD, "--out=site").value(OUT));
    assertEquals("a=b", parse(BUILD, "--out=a=b").value(OUT));
    assertEquals("", parse(BUILD, "--out=").value(OUT));
  }

  @Test
  void anOptionNotGivenHasItsDefaultOrNoValue() {
    Arguments arguments = parse(BUILD);
    assertEquals(".", arguments.value(ROOT));
    assertEquals(Path.of("."), arguments.path(ROOT));
    assertNull(arguments.value(OUT));
    assertNull(arguments.path(OUT));
    assertFalse(arguments.flag(EXPLAIN));
  }

  @Test
  void optionsAndParametersComeInAnyOrder() {
    Arguments before = parse(ESSAY, "--theme", "soil", "Compost", "--root", "archive");
    Arguments after = parse(ESSAY, "Compost", "--root=archive", "--theme", "soil");
    for (Arguments arguments : List.of(before, after)) {
      assertEquals("Compost", arguments.word(TITLE));
      assertEquals("soil", arguments.value(THEME));
      assertEquals("archive", arguments.value(ROOT));
    }
  }

  @Test
  void aFlagIsSetByItsName() {
    assertTrue(parse(BUILD, "--explain").flag(EXPLAIN));
  }

  @Test
  void aDoubleDashEndsTheOptionsSoAParameterMayStartWithADash() {
    Arguments arguments = parse(ESSAY, "--theme", "soil", "--", "--not-an-option");
    assertEquals("--not-an-option", arguments.word(TITLE));
  }

  @Test
  void aValueMayStartWithADashUnlessItIsAnotherOptionOfTheCommand() {
    assertEquals("-x", parse(BUILD, "--out", "-x").value(OUT));
    UsageException missing = refused(BUILD, "--out", "--root", "archive");
    assertEquals("option `--out` needs a value", missing.getMessage());
    assertEquals("give it as --out DIR", missing.hint());
    assertEquals("option `--out` needs a value", refused(BUILD, "--out", "--root=archive").getMessage());
  }

  @Test
  void anOptionWithoutItsValueAtTheEndIsRefused() {
    assertEquals("option `--root` needs a value", refused(BUILD, "--root").getMessage());
  }

  @Test
  void anUnknownOptionIsRefusedWithTheClosestKnownNames() {
    UsageException typo = refused(BUILD, "--roo", "archive");
    assertEquals("unknown option `--roo`", typo.getMessage());
    assertEquals("did you mean `--root`?", typo.hint());
    UsageException unrelated = refused(BUILD, "--colour=red");
    assertEquals("unknown option `--colour`", unrelated.getMessage());
    assertNull(unrelated.hint());
  }

  @Test
  void aShortOptionTheCommandDoesNotDeclareIsUnknown() {
    assertEquals("unknown option `-x`", refused(BUILD, "-x").getMessage());
  }

  @Test
  void aFlagGivenAValueIsRefused() {
    assertEquals("option `--explain` takes no value", refused(BUILD, "--explain=yes").getMessage());
  }

  @Test
  void anOptionGivenTwiceIsRefusedEvenWithTheSameValue() {
    assertEquals("option `--root` is given twice", refused(BUILD, "--root", "a", "--root=a").getMessage());
    assertEquals("option `--explain` is given twice", refused(BUILD, "--explain", "--explain").getMessage());
  }

  @Test
  void everythingMissingIsNamedAtOnce() {
    assertEquals("missing `TITLE` and `--theme SLUG`", refused(ESSAY).getMessage());
    assertEquals("missing `--theme SLUG`", refused(ESSAY, "Compost").getMessage());
    assertEquals("missing `TITLE`", refused(ESSAY, "--theme", "soil").getMessage());
  }

  @Test
  void aWordNoParameterTakesIsRefused() {
    UsageException extra = refused(BUILD, "extra");
    assertEquals("unexpected argument `extra`", extra.getMessage());
    assertNull(extra.hint());
  }

  @Test
  void aTitleOfSeveralWordsWithoutQuotesIsRefusedWithTheQuotedTitle() {
    UsageException unquoted = refused(ESSAY, "Why", "slack", "matters", "--theme", "soil");
    assertEquals("unexpected argument `slack`", unquoted.getMessage());
    assertEquals("quote a TITLE of several words: \"Why slack matters\"", unquoted.hint());
  }

  @Test
  void aVariadicParameterTakesEveryRemainingWordOrNone() {
    assertEquals(List.of("new", "essay"), parse(LIST, "new", "essay").words(NAMES));
    assertEquals(List.of(), parse(LIST).words(NAMES));
  }

  @Test
  void aNumberIsReadWithinItsRangeAndRefusedOutsideIt() {
    assertEquals(8000, parse(BUILD).integer(PORT, 0, 65535));
    assertEquals(0, parse(BUILD, "--port", "0").integer(PORT, 0, 65535));
    for (String bad : List.of("abc", "99999", "-1", "0x10", "")) {
      UsageException refused = assertThrows(UsageException.class, () -> parse(BUILD, "--port=" + bad).integer(PORT, 0, 65535));
      assertEquals("option `--port` takes a whole number from 0 to 65535, not `" + bad + "`", refused.getMessage());
    }
  }

  @Test
  void aValueThatIsNoPathIsAUsageError() {
    UsageException refused = assertThrows(UsageException.class, () -> parse(BUILD, "--out", "a\0b").path(OUT));
    assertTrue(refused.getMessage().startsWith("option `--out`: "), refused.getMessage());
  }

  @Test
  void askingForHelpCountsAnywhereBeforeADoubleDash() {
    assertTrue(ArgumentParser.asks(List.of("--colour", "--help"), List.of("-h", "--help")));
    assertTrue(ArgumentParser.asks(List.of("-h"), List.of("-h", "--help")));
    assertFalse(ArgumentParser.asks(List.of("--", "--help"), List.of("-h", "--help")));
    assertFalse(ArgumentParser.asks(List.of("--helpful"), List.of("-h", "--help")));
  }

  @Test
  void aDeclarationTheParserCouldNotHonourIsRefusedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> Option.flag("root", "no dashes"));
    assertThrows(IllegalArgumentException.class, () -> Option.valued("--a=b", "X", "an equals sign"));
    assertThrows(IllegalArgumentException.class, () -> Option.flag("--explain", "a required flag").asRequired());
    assertThrows(IllegalArgumentException.class, () -> THEME.withDefault("soil"));
    assertThrows(IllegalArgumentException.class, () -> command(List.of(ROOT, ROOT), List.of()));
    assertThrows(IllegalArgumentException.class, () -> command(List.of(Option.flag("--help", "taken")), List.of()));
    assertThrows(IllegalArgumentException.class, () -> command(List.of(), List.of(NAMES, TITLE)));
  }
}
