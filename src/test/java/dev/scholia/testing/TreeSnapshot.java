package dev.scholia.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every file under a folder with the SHA-256 of its bytes: two snapshots are equal exactly when
 * the folders are byte-identical, and a failing comparison names the files that differ.
 */
public record TreeSnapshot(Map<String, String> files) {

  public static TreeSnapshot of(Path folder) {
    Map<String, String> files = new TreeMap<>();
    if (Files.exists(folder)) {
      Fixtures.readTree(folder).forEach((path, bytes) -> files.put(path, sha256(bytes)));
    }
    return new TreeSnapshot(files);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
