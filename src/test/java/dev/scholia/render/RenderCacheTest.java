package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.EssaySource;
import dev.scholia.model.MarkdownText;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RenderCacheTest {
  private static final ParsedEssay ESSAY =
      ParsedEssay.parse(new EssaySource("e", "E", "t", "", 0, List.of(), new MarkdownText("content/essays/e.md", 6, "Text.\n"), 3));

  private final AtomicInteger renders = new AtomicInteger();
  private final Supplier<String> render = () -> "<p>Text " + renders.incrementAndGet() + ".</p>";

  @Test
  void oneOffBuildRendersABodyForEachReader() {
    RenderCache cache = RenderCache.none();
    cache.body(ESSAY, List.of(), false, render);
    cache.body(ESSAY, List.of(), false, render);
    assertEquals(2, renders.get());
  }

  @Test
  void sessionRendersAgainOnlyWhenTheLinkFactsChange() {
    RenderCache cache = RenderCache.forSession();
    cache.body(ESSAY, List.of("a"), false, render);
    cache.body(ESSAY, List.of("a"), false, render);
    assertEquals(1, renders.get());
    cache.body(ESSAY, List.of("b"), false, render);
    assertEquals(2, renders.get());
  }
}
