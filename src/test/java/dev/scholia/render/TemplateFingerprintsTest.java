package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateFingerprintsTest {
  private final Map<String, String> sources =
      new HashMap<>(
          Map.of(
              "base.peb", "<html>{% block content %}{% endblock %}</html>",
              "essay.peb", "{% extends \"base.peb\" %}{% block content %}{% include 'partials/note.peb' %}{% endblock %}",
              "theme.peb", "{% extends \"base.peb\" %}",
              "partials/note.peb", "<aside></aside>"));

  @Test
  void pageReachesItsLayoutAndIncludesTransitively() {
    assertEquals(Set.of("essay.peb", "base.peb", "partials/note.peb"), TemplateFingerprints.reachable(sources, "essay.peb"));
    assertEquals(Set.of("theme.peb", "base.peb"), TemplateFingerprints.reachable(sources, "theme.peb"));
  }

  @Test
  void editingAPartialChangesOnlyThePagesThatReachIt() {
    Map<String, String> before = TemplateFingerprints.of(sources, List.of("essay.peb", "theme.peb"));
    sources.put("partials/note.peb", "<aside class=note></aside>");
    Map<String, String> after = TemplateFingerprints.of(sources, List.of("essay.peb", "theme.peb"));
    assertNotEquals(before.get("essay.peb"), after.get("essay.peb"));
    assertEquals(before.get("theme.peb"), after.get("theme.peb"));
  }

  @Test
  void computedTemplateNameReachesEveryTemplate() {
    sources.put("theme.peb", "{% include layoutName %}");
    assertEquals(sources.keySet(), TemplateFingerprints.reachable(sources, "theme.peb"));
  }
}
