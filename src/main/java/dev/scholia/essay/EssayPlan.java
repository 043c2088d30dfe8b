package dev.scholia.essay;

import dev.scholia.model.EssaySource;
import dev.scholia.model.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * One essay the split will write: an existing essay that receives new passages, or a new one.
 *
 * @param slug the essay's slug
 * @param existing the essay as editors left it, or {@code null} for a new essay
 * @param theme the theme of a new essay (for an existing one, its own theme)
 * @param passages the passages to add, in routing order (sorted into reading order when written)
 */
record EssayPlan(String slug, EssaySource existing, Theme theme, List<Passage> passages) {

  static EssayPlan extend(EssaySource existing, Theme theme) {
    return new EssayPlan(existing.slug(), existing, theme, new ArrayList<>());
  }

  static EssayPlan create(String slug, Theme theme) {
    return new EssayPlan(slug, null, theme, new ArrayList<>());
  }

  String path() {
    return existing != null ? existing.path() : "content/essays/" + slug + ".md";
  }
}
