package dev.scholia.link;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.Discussion;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the destination of a Markdown link written in a content file. Editors link to what
 * they see in the repository: another essay's file ({@code other.md}, {@code ../themes/x.md},
 * {@code ../glossary/slack.md}), optionally with a {@code #fragment}, or a thread line
 * ({@code ../../seeds/thread.txt#L12}); the link becomes the URL of the page built from it. A link
 * that names no such file, or a fragment the page does not have, is an error. External links
 * ({@code https:}, {@code mailto:}) are left alone.
 */
final class LinkTargets {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern LINE_FRAGMENT = Pattern.compile("L([1-9][0-9]{0,8})");

  /**
   * A resolved link.
   *
   * @param href the URL relative to the site root, or {@code #fragment} within the same page
   * @param target the body linked to, or {@code null} for same-page and thread links
   */
  record Resolved(String href, Body target) {}

  private final Map<String, Body> bodies = new HashMap<>();
  private final Map<String, Set<String>> fragments;
  private final Map<String, Integer> threadLines = new HashMap<>();
  private final Map<String, List<String>> pathsByFileName = new HashMap<>();

  LinkTargets(List<Body> all, Map<String, Set<String>> fragments, List<Discussion> discussions) {
    this.fragments = fragments;
    for (Body body : all) {
      bodies.put(body.path(), body);
      index(body.path());
    }
    for (Discussion discussion : discussions) {
      threadLines.put(discussion.seed(), discussion.lines().size());
      index(discussion.seed());
    }
  }

  private void index(String path) {
    pathsByFileName.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), n -> new java.util.ArrayList<>()).add(path);
  }

  /** Resolves {@code destination} written in {@code from}; {@code null} if it is external. */
  Resolved resolve(Body from, String destination, Located at) throws Broken {
    if (destination == null || destination.isEmpty() || SCHEME.matcher(destination).find() || destination.startsWith("//")) {
      return null;
    }
    int hash = destination.indexOf('#');
    String path = decode(hash < 0 ? destination : destination.substring(0, hash));
    String fragment = hash < 0 ? "" : decode(destination.substring(hash + 1));
    if (path.isEmpty()) {
      requireFragment(from, fragment, destination, "this page", at);
      return new Resolved("#" + fragment, null);
    }
    if (path.startsWith("/")) {
      throw new Broken(at.error("link to `" + destination + "`: an absolute path cannot be checked or moved with the site").withHint("link to the content file relative to this one, e.g. `other-essay.md`"));
    }
    String resolved = resolve(from.path(), path);
    Body target = bodies.get(resolved);
    if (target != null) {
      return new Resolved(hrefOf(target, fragment, destination, at), target);
    }
    Integer lines = threadLines.get(resolved);
    if (lines != null) {
      return new Resolved(threadHref(resolved, lines, fragment, destination, at), null);
    }
    throw new Broken(at.error("link to `" + destination + "`: " + missing(resolved)).withHint(hint(from.path(), resolved)));
  }

  private String hrefOf(Body target, String fragment, String destination, Located at) throws Broken {
    if (target.kind() == Body.Kind.TERM) {
      if (!fragment.isEmpty()) {
        throw new Broken(at.error("link to `" + destination + "`: a glossary entry has no sections").withHint("link to the entry without `#" + fragment + "`"));
      }
      return Urls.term(target.slug());
    }
    requireFragment(target, fragment, destination, target.path(), at);
    return target.url() + "index.html" + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  private void requireFragment(Body page, String fragment, String destination, String what, Located at) throws Broken {
    if (!fragment.isEmpty() && !fragments.getOrDefault(page.path(), Set.of()).contains(fragment)) {
      throw new Broken(
          at.error("link to `" + destination + "`: " + what + " has no heading or paragraph with the anchor `#" + fragment + "`")
              .withHint("headings get anchors from their text (`## Why it matters` → `#why-it-matters`); thread paragraphs from their line (`#" + "<thread>-L12`)"));
    }
  }

  private static String threadHref(String seed, int lines, String fragment, String destination, Located at) throws Broken {
    String base = Urls.thread(seed) + "index.html";
    if (fragment.isEmpty()) {
      return base;
    }
    var m = LINE_FRAGMENT.matcher(fragment);
    if (!m.matches() || Integer.parseInt(m.group(1)) > lines) {
      throw new Broken(at.error("link to `" + destination + "`: the thread has lines 1 to " + lines + ", linked as `#L1` … `#L" + lines + "`"));
    }
    return Urls.threadLine(seed, Integer.parseInt(m.group(1)));
  }

  private static String missing(String resolved) {
    String name = resolved.substring(resolved.lastIndexOf('/') + 1);
    String slug = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    if (resolved.startsWith("content/essays/")) {
      return "there is no essay `" + slug + "` (" + resolved + ")";
    }
    if (resolved.startsWith("content/themes/")) {
      return "there is no theme `" + slug + "` (" + resolved + ")";
    }
    if (resolved.startsWith("content/glossary/")) {
      return "there is no glossary term `" + slug + "` (" + resolved + ")";
    }
    if (resolved.startsWith("seeds/")) {
      return "there is no thread " + resolved;
    }
    return resolved + " is not an essay, theme, glossary entry or thread of this archive";
  }

  private String hint(String from, String resolved) {
    List<String> same = pathsByFileName.getOrDefault(resolved.substring(resolved.lastIndexOf('/') + 1), List.of());
    if (same.size() == 1) {
      Path dir = Path.of(from).getParent();
      return "did you mean `" + dir.relativize(Path.of(same.get(0))).toString().replace('\\', '/') + "`?";
    }
    return "link to a file under content/ (relative to this file), or use a full https:// URL";
  }

  private static String resolve(String from, String path) {
    Path dir = Path.of(from).getParent();
    return (dir == null ? Path.of(path) : dir.resolve(path)).normalize().toString().replace('\\', '/');
  }

  private static String decode(String text) {
    return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Where a link stands, to report it. */
  record Located(String path, int line, int column) {
    Diagnostic error(String message) {
      return Diagnostic.error(path, line, message).withColumn(column);
    }
  }

  /** A link that resolves to nothing; carries the diagnostic. */
  static final class Broken extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    Broken(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }
}
