package dev.scholia.files;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside.html", "essays/../../outside.html", "/etc/passwd", "", "essays//index.html", "essays/./x.html",
        "essays\\..\\x.html", "essays/a\u0000b/index.html", "essays/con/index.html", "NUL.html", "com1.txt",
        "essays/trailing./index.html", "essays/space /index.html", "c:/windows", "essays/a\nb/index.html"
      })
  void pathsThatLeaveTheSiteOrTripAFileSystemAreRefused(String path) {
    assertNotNull(OutputPath.problem(path), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "essays/a-b/index.html", "assets/style.css", "source-map.json", ".well-known/x", "console.html"})
  void ordinaryPathsPass(String path) {
    assertNull(OutputPath.problem(path), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"con", "CON", "nul.txt", "Com1.html", "lpt9", "aux.tar.gz"})
  void windowsDeviceNamesAreReservedWithAnyExtension(String name) {
    assertTrue(OutputPath.isReserved(name), name);
  }
}
