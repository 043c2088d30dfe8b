package dev.scholia.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the tree of the value at a parser's current token, the same nodes as {@code
 * ObjectMapper.readTree} would. It exists because an {@code ObjectMapper} is expensive to create:
 * its date formats, type factory and deserializer caches load some 500 classes and took a fifth of
 * the seed archive's build, for an archive whose front matter is a few dozen short values.
 * {@code YamlTreeTest} compares the two on YAML's sharp edges.
 */
final class YamlTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlTree() {}

  /** Reads the value starting at the current token; leaves the parser on its last token. */
  static JsonNode read(JsonParser tokens) throws IOException {
    JsonToken token = tokens.currentToken();
    return switch (token) {
      case START_OBJECT -> object(tokens);
      case START_ARRAY -> array(tokens);
      case VALUE_STRING -> NODES.textNode(tokens.getText());
      case VALUE_NUMBER_INT -> integer(tokens);
      case VALUE_NUMBER_FLOAT -> fraction(tokens);
      case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> embedded(tokens.getEmbeddedObject());
      default -> throw new IllegalStateException("not at the start of a value: " + token);
    };
  }

  private static ObjectNode object(JsonParser tokens) throws IOException {
    ObjectNode object = NODES.objectNode();
    // A repeated key never reaches here: the parser refuses it (STRICT_DUPLICATE_DETECTION).
    while (tokens.nextToken() == JsonToken.FIELD_NAME) {
      String key = tokens.currentName();
      tokens.nextToken();
      object.set(key, read(tokens));
    }
    return object;
  }

  private static ArrayNode array(JsonParser tokens) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (tokens.nextToken() != JsonToken.END_ARRAY) {
      array.add(read(tokens));
    }
    return array;
  }

  private static JsonNode integer(JsonParser tokens) throws IOException {
    return switch (tokens.getNumberType()) {
      case INT -> NODES.numberNode(tokens.getIntValue());
      case LONG -> NODES.numberNode(tokens.getLongValue());
      default -> NODES.numberNode(tokens.getBigIntegerValue());
    };
  }

  private static JsonNode fraction(JsonParser tokens) throws IOException {
    return switch (tokens.getNumberType()) {
      case BIG_DECIMAL -> NODES.numberNode(tokens.getDecimalValue());
      case FLOAT -> NODES.numberNode(tokens.getFloatValue());
      default -> NODES.numberNode(tokens.getDoubleValue());
    };
  }

  /** A {@code !!binary} scalar arrives as bytes. */
  private static JsonNode embedded(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    return value instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(value);
  }
}
