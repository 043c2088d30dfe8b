package dev.scholia.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Maps a request path to a file of the site folder, as a static host would: {@code /a/} serves
 * {@code a/index.html}, {@code /a} redirects to {@code /a/} when {@code a} is a folder. Nothing
 * outside the folder is ever served: the path is percent-decoded once, then any {@code .} or
 * {@code ..} segment, backslash, NUL or colon is refused before the file system sees it, and the
 * resolved file's real path (symbolic links followed) must still lie inside the folder.
 */
final class SiteFiles {
  private final Path folder;

  SiteFiles(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** What a request path leads to. */
  sealed interface Resolution {}

  record Found(Path file) implements Resolution {}

  record Redirect(String location) implements Resolution {}

  record Missing() implements Resolution {}

  record Refused(String reason) implements Resolution {}

  Path folder() {
    return folder;
  }

  /** Resolves {@code rawPath}, the request target's path exactly as sent (still encoded). */
  Resolution resolve(String rawPath) {
    String path;
    try {
      // Unlike form data, a path keeps its plus signs.
      path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new Refused("malformed percent-encoding");
    }
    if (!path.startsWith("/")) {
      return new Refused("the path must start with /");
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return new Refused("the path leaves the site");
      }
      if (segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0 || segment.indexOf(':') >= 0) {
        return new Refused("the path holds a character no site file name has");
      }
    }
    Path file;
    try {
      file = folder.resolve(path.substring(1)).normalize();
    } catch (InvalidPathException e) {
      return new Refused("the path is not a file name here");
    }
    if (!file.startsWith(folder)) {
      return new Refused("the path leaves the site");
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        return new Redirect(rawPath + "/");
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      return new Missing();
    }
    return isInsideFolder(file) ? new Found(file) : new Refused("the file links outside the site");
  }

  /** The site's {@code 404.html}, if the build made one. */
  Path notFoundPage() {
    Path page = folder.resolve("404.html");
    return Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) ? page : null;
  }

  private boolean isInsideFolder(Path file) {
    try {
      return file.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
