package dev.scholia.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class WordCountsTest {
  // "Aa", "BB" and "C#" share a hash code, so lookups must get past hash ties.
  private static final Map<String, Integer> COUNTED = Map.of("Aa", 1, "BB", 2, "C#", 3, "sea", 4, "level", 5);

  @Test
  void isTheMapItWasMadeFrom() {
    WordCounts counts = WordCounts.of(COUNTED, new ConcurrentHashMap<>());
    assertEquals(COUNTED, counts);
    assertEquals(counts, COUNTED);
    assertEquals(new HashMap<>(COUNTED).hashCode(), counts.hashCode());
    assertEquals(3, counts.get("C#"));
    assertTrue(counts.containsKey("BB"));
    assertNull(counts.get("Ab"));
    assertFalse(counts.containsKey(42));
  }

  @Test
  void countsMadeInAnotherOrderAreEqual() {
    Map<String, Integer> reversed = new LinkedHashMap<>();
    reversed.put("C#", 3);
    reversed.put("BB", 2);
    reversed.put("Aa", 1);
    reversed.put("level", 5);
    reversed.put("sea", 4);
    assertEquals(WordCounts.of(COUNTED, new ConcurrentHashMap<>()), WordCounts.of(reversed, new ConcurrentHashMap<>()));
    reversed.put("sea", 6);
    assertNotEquals(WordCounts.of(COUNTED, new ConcurrentHashMap<>()), WordCounts.of(reversed, new ConcurrentHashMap<>()));
  }

  @Test
  void equalWordsOfTwoBodiesShareOneString() {
    Map<String, String> canonical = new ConcurrentHashMap<>();
    WordCounts first = WordCounts.of(Map.of(new String("sea"), 1), canonical);
    WordCounts second = WordCounts.of(Map.of(new String("sea"), 2), canonical);
    assertSame(first.keySet().iterator().next(), second.keySet().iterator().next());
  }
}
