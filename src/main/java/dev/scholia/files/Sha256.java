package dev.scholia.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: how scholia tells whether a file's or a template's bytes changed. */
public final class Sha256 {
  private Sha256() {}

  /** A fresh digest, for content fed in pieces. */
  public static MessageDigest start() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The hex of what {@code digest} was fed; it is reset afterwards. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String hex(byte[] bytes) {
    MessageDigest digest = start();
    digest.update(bytes);
    return hex(digest);
  }
}
