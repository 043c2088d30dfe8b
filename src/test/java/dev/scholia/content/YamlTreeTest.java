package dev.scholia.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlTreeTest {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: Plain text\norder: 2\n",
        "a: 1\nb: -7\nc: 3000000000\nd: 123456789012345678901234567890\n",
        "a: 2.5\nb: 1e3\nf: 3.10\ng: 0.1234567890123456789012345\n",
        "infinite: .inf\n",
        "a: true\nb: no\nc: ~\nd: null\ne:\n",
        "keywords: [compost, {bone meal: 2.5}, [nested, 1]]\n",
        "list:\n  - one\n  - two: 2\n    three: [3]\n",
        "base: &b {x: 1}\ncopy: *b\n",
        "tagged: !!str 12\nbinary: !!binary aGVsbG8=\nset: !!set {a, b}\n",
        "quoted: \"a: b # c\"\nfolded: >\n  one\n  two\nliteral: |\n  kept\n  lines\n",
        "\"1\": numeric key\n? complex\n: value\n",
      })
  void buildsTheTreeObjectMapperWould(String yaml) {
    assertEquals(outcome(() -> MAPPER.readTree(yaml)), outcome(() -> treeOf(yaml)), yaml);
  }

  private static JsonNode treeOf(String yaml) throws IOException {
    try (JsonParser tokens = YAML.createParser(yaml)) {
      tokens.nextToken();
      return YamlTree.read(tokens);
    }
  }

  private interface Read {
    JsonNode tree() throws IOException;
  }

  /** The tree, or the parser's complaint: a value the parser refuses must fail the same way. */
  private static Object outcome(Read read) {
    try {
      return read.tree();
    } catch (JsonProcessingException e) {
      return "refused: " + e.getOriginalMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
