package dev.scholia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SeedTest {
  @Test
  void seedThreadIsTheSharedThreadByteForByte() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("seeds/000_3f6c69fe8045744c.txt"));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals("9948ca3dcffbacd4dbb4ba69f336a79c6a2a9a80a7de9a1a6ceb0f8c576291ca", sha);
  }
}
