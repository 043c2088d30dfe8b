package dev.scholia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a folder with its bytes, to prove a folder is byte-identical before and after. */
public record TreeSnapshot(Map<String, String> files) {

  public static TreeSnapshot of(Path folder) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder)) {
      return new TreeSnapshot(files);
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        files.put(folder.relativize(file).toString(), bytes.length + ":" + Arrays.hashCode(bytes) + ":" + sha(bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSnapshot(files);
  }

  private static String sha(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
