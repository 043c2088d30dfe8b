package dev.scholia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scholia.fidelity.FidelityChecker;
import dev.scholia.fidelity.Provenance;
import dev.scholia.link.Linker;
import dev.scholia.link.Links;
import dev.scholia.markdown.LinkSchemes;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostics;
import dev.scholia.model.Discussion;
import dev.scholia.model.EssaySource;
import dev.scholia.model.MarkdownText;
import dev.scholia.model.Paragraph;
import dev.scholia.model.SiteConfig;
import dev.scholia.segment.Segmenter;
import dev.scholia.testing.Bounded;
import dev.scholia.thread.ThreadReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzzes the Markdown pipeline an essay goes through (parse, link check, fidelity check, render):
 * no input throws or hangs, and what comes out never carries markup that runs: no element the
 * Markdown renderer would not make, no event-handler attribute, no URL with an unsafe scheme.
 * A second property quotes hostile thread lines the way {@code split} does and proves they render
 * as exactly their text, with or without {@code unsafeHtml}.
 */
class MarkdownPipelineProperties {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final String SEED = "seeds/fuzz.txt";
  /** Every element commonmark, its table extension and scholia's body renderer produce. */
  private static final Set<String> RENDERED =
      Set.of(
          "html", "head", "body", "p", "em", "strong", "a", "img", "code", "pre", "blockquote", "ul", "ol", "li",
          "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "sup",
          "section", "div", "span");
  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
          "[x](javascript:alert(1))", "<iframe src=//evil>", "&lt;b&gt;", "&#60;script&#62;", "<!-- c -->",
          "<style>*{}</style>", "`code`", "*em*", "**strong**", "\\", "<", ">", "&", "\"", "'", "#", "1.", "- ",
          "|a|b|", "[^1]", "![i](x.png)", "<svg onload=alert(1)>", "\u202E", "\t");

  @Property
  void anyEssayIsCheckedAndRenderedWithoutRunnableMarkup(
      @ForAll("threadLines") List<String> thread, @ForAll("markdown") String body) throws Exception {
    Bounded.within(
        LIMIT,
        () -> {
          Discussion discussion = discussion(thread);
          EssaySource essay = essay(body);
          ParsedEssay parsed = ParsedEssay.parse(essay);
          Diagnostics links = new Diagnostics();
          LinkSchemes.check(essay.body(), parsed.document(), links);
          Provenance provenance = FidelityChecker.check(List.of(discussion), List.of(parsed), new Diagnostics());
          for (boolean trustHtml : new boolean[] {false, true}) {
            Document html = Jsoup.parseBodyFragment(render(discussion, parsed, provenance, trustHtml));
            assertNothingRuns(html, trustHtml, !links.hasErrors());
          }
          return null;
        });
  }

  @Property
  void threadWordsAlwaysRenderAsTheirText(@ForAll("threadLines") List<String> thread, @ForAll boolean trustHtml)
      throws Exception {
    Bounded.within(
        LIMIT,
        () -> {
          Discussion discussion = discussion(thread);
          StringBuilder body = new StringBuilder();
          discussion.paragraphs().forEach(p -> body.append(escaped(p.text())).append("\n\n"));
          ParsedEssay parsed = ParsedEssay.parse(essay(body.toString()));
          Diagnostics diagnostics = new Diagnostics();
          Provenance provenance = FidelityChecker.check(List.of(discussion), List.of(parsed), diagnostics);
          assertTrue(!diagnostics.hasErrors(), () -> diagnostics.all().toString());
          Document html = Jsoup.parseBodyFragment(render(discussion, parsed, provenance, trustHtml));
          for (Paragraph paragraph : discussion.paragraphs()) {
            Element shown = html.getElementById(Provenance.anchorOf(paragraph.source()));
            assertEquals(paragraph.text(), shown.wholeText());
          }
          assertNothingRuns(html, false, true);
          return null;
        });
  }

  /**
   * With {@code trustHtml} the editors' HTML is theirs to vouch for, so only the thread's words
   * are checked; without it nothing but rendered Markdown may appear.
   */
  private static void assertNothingRuns(Document html, boolean trustHtml, boolean linksPassed) {
    if (trustHtml) {
      return;
    }
    for (Element element : html.body().getAllElements()) {
      assertTrue(RENDERED.contains(element.normalName()), () -> "element <" + element.normalName() + "> in " + html.body().html());
      for (Attribute attribute : element.attributes()) {
        assertTrue(!attribute.getKey().toLowerCase().startsWith("on"), () -> "handler " + attribute + " in " + html.body().html());
        if (linksPassed && (attribute.getKey().equals("href") || attribute.getKey().equals("src"))) {
          String scheme = LinkSchemes.schemeOf(attribute.getValue());
          assertTrue(scheme == null || LinkSchemes.ALLOWED.contains(scheme), () -> "URL " + attribute + " in " + html.body().html());
        }
      }
    }
  }

  /** Links the essay (the stage between fidelity and rendering), then renders it. */
  private static String render(Discussion discussion, ParsedEssay essay, Provenance provenance, boolean trustHtml) {
    Content content = new Content(SiteConfig.defaults(), List.of(), List.of(essay.source()), List.of());
    Links links = Linker.link(content, List.of(discussion), List.of(essay), provenance, new Diagnostics());
    return new BodyRenderer(provenance, links, slug -> "Fuzz", trustHtml).render(links.essay(essay.slug()), "../../");
  }

  private static Discussion discussion(List<String> lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return Segmenter.segment(SEED, ThreadReader.read(SEED, bytes), new Diagnostics());
  }

  private static EssaySource essay(String body) {
    return new EssaySource("fuzz", "Fuzz", "alpha", "", 0, List.of(), new MarkdownText("content/essays/fuzz.md", 6, body), 3);
  }

  /** What {@code split} must do to quote a line: every ASCII punctuation character backslashed. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) {
                out.append('\\');
              }
              out.appendCodePoint(c);
            });
    return out.toString();
  }

  /** Prose lines (never bylines, footnotes or quotes) full of markup that must stay text. */
  @Provide
  Arbitrary<List<String>> threadLines() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    return word.list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .map(words -> "Hostile " + String.join(" ", words) + " end.")
        .list()
        .uniqueElements()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> markdown() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE),
            Arbitraries.of(
                "\n", "\n\n", "> [!NOTE]\n> ", "> ", "[a](", ")", "](", "<", ">", "javascript:", "JaVa\tScRipt:",
                " data:text/html,", "vbscript:", "http://x/", "mailto:a@b", "[^1]: ", "[1]: ", "```\n", "~~~",
                "    ", "* ", "1) ", "| --- |", "\n---\n", "<div>", "</div>", "<a href=", "&#x6A;avascript:",
                "![", "{{ 1 }}", "{% if %}", "Hostile ", " end."),
            Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(50).map(parts -> String.join("", parts));
  }
}
