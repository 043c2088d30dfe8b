package dev.scholia.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fingerprint of each page template together with every template it may pull in ({@code
 * extends}, {@code include}, {@code import}, {@code embed}), so that editing a partial re-renders
 * exactly the pages whose templates reach it. References are found as quoted {@code .peb} names
 * anywhere in a template, matched by file name: this can only over-count, never miss a literal
 * reference. A template that names another through an expression is taken to reach them all.
 */
final class TemplateFingerprints {
  private static final Pattern QUOTED_NAME = Pattern.compile("[\"']([^\"'\\s]+\\.peb)[\"']");
  private static final Pattern COMPUTED_REFERENCE =
      Pattern.compile("\\{%-?\\s*(?:extends|include|import|embed|from)\\s+(?![\"'])");

  private TemplateFingerprints() {}

  /**
   * Fingerprints of {@code pages}, given every template's source by name ({@code a/b.peb}). A
   * fingerprint is the reached templates' names and sources themselves, not a digest of them: it
   * is only ever compared for equality, a few kilobytes compare in no time, and a message digest
   * would load the JDK's security providers on every build for this alone.
   */
  static Map<String, String> of(Map<String, String> sources, Iterable<String> pages) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String page : pages) {
      StringBuilder fingerprint = new StringBuilder();
      for (String name : reachable(sources, page)) {
        fingerprint.append(name).append('\0').append(sources.get(name)).append('\0');
      }
      out.put(page, fingerprint.toString());
    }
    return out;
  }

  /** {@code page} and the templates it reaches, in name order. */
  static Set<String> reachable(Map<String, String> sources, String page) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    if (sources.containsKey(page)) {
      todo.push(page);
    }
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      String source = sources.get(name);
      if (COMPUTED_REFERENCE.matcher(source).find()) {
        seen.addAll(sources.keySet());
        break;
      }
      for (String named : namesIn(source)) {
        String fileName = fileName(named);
        sources.keySet().stream().filter(n -> fileName(n).equals(fileName)).forEach(todo::push);
      }
    }
    return seen;
  }

  /** The template names {@code source} quotes, as written. */
  static List<String> namesIn(String source) {
    List<String> names = new ArrayList<>();
    Matcher m = QUOTED_NAME.matcher(source);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
