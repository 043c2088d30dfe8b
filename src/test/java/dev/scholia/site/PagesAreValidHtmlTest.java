package dev.scholia.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every generated page passes the W3C Nu HTML Checker, the validator.w3.org/nu engine. */
class PagesAreValidHtmlTest {
  /** The checker's errors in its GNU-format {@code output}. */
  static List<String> errors(EmbeddedValidator validator, String output) {
    return output.lines().filter(line -> line.contains(": error:") || line.contains(": fatal:")).toList();
  }

  static EmbeddedValidator validator() {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    return validator;
  }

  @Test
  void everyGeneratedPagePassesTheNuHtmlChecker() throws Exception {
    EmbeddedValidator validator = validator();
    List<Path> pages = BuiltArchive.files(".html");
    assertFalse(pages.isEmpty(), "the build wrote no pages");
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      errors(validator, validator.validate(page)).forEach(problems::add);
    }
    assertEquals(List.of(), problems, "Nu HTML Checker errors in " + pages.size() + " pages");
  }

  @Test
  void theCheckerRejectsAnInvalidPage() throws Exception {
    EmbeddedValidator validator = validator();
    String page = "<!DOCTYPE html><html lang=en><title>t</title><main><main></main></main><img src=a.png>";
    String output = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertTrue(errors(validator, output).size() >= 2, output);
  }
}
