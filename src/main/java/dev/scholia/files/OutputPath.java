package dev.scholia.files;

import dev.scholia.model.Diagnostic;
import dev.scholia.model.ScholiaException;
import java.util.Locale;
import java.util.Set;

/**
 * Which relative paths may be written inside an output folder. A path is {@code /}-separated
 * segments, each a portable file name: not empty, not {@code .} or {@code ..}, without {@code \},
 * {@code :}, NUL or other control characters, not ending in a dot or space, and not one of
 * Windows' reserved device names ({@code con}, {@code nul}, {@code com1}… with any extension), so
 * a site checked out or served anywhere has exactly the files the build wrote.
 */
public final class OutputPath {
  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final String FORBIDDEN = "\\:*?\"<>|";

  private OutputPath() {}

  /** Why {@code path} cannot be written inside an output folder, or {@code null} if it can. */
  public static String problem(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return "it is absolute or empty";
    }
    for (String segment : path.split("/", -1)) {
      String why = segmentProblem(segment);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  /**
   * Throws a {@link ScholiaException} naming {@code folder/path} unless {@code path} may be
   * written inside an output folder: the last line of defence behind slug validation.
   */
  public static void require(String folder, String path) {
    String problem = problem(path);
    if (problem != null) {
      throw new ScholiaException(
          Diagnostic.error(folder + "/" + path, 0, "refusing to write an output file whose path leaves the site or is not portable: " + problem)
              .withHint("slugs and output names may hold only lower-case letters, digits and hyphens"));
    }
  }

  /** Whether {@code name}, without any extension, is a device name Windows refuses as a file. */
  public static boolean isReserved(String name) {
    int dot = name.indexOf('.');
    String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
    return RESERVED.contains(stem);
  }

  private static String segmentProblem(String segment) {
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      return "it has an empty, `.` or `..` segment";
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < 0x20 || c == 0x7F || FORBIDDEN.indexOf(c) >= 0) {
        return "`" + segment + "` holds a character file systems refuse";
      }
    }
    if (segment.endsWith(".") || segment.endsWith(" ")) {
      return "`" + segment + "` ends in a dot or space";
    }
    if (isReserved(segment)) {
      return "`" + segment + "` is a reserved device name on Windows";
    }
    return null;
  }
}
