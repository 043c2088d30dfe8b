package dev.scholia.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** An open {@code text/event-stream} with JSON data, read on its own thread into a queue. */
public final class EventStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One event: its name and its data. */
  public record Event(String name, JsonNode data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<?> reading;

  private EventStream(HttpClient http, URI uri) {
    String[] name = {null};
    reading =
        http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines())
            .thenAccept(response -> response.body().forEach(line -> {
              if (line.startsWith("event: ")) {
                name[0] = line.substring("event: ".length());
              } else if (line.startsWith("data: ")) {
                events.add(new Event(name[0], parse(line.substring("data: ".length()))));
              }
            }));
  }

  public static EventStream open(HttpClient http, URI uri) {
    return new EventStream(http, uri);
  }

  /** The next event {@code wanted} accepts, skipping others; fails after {@code patience}. */
  public Event next(Predicate<Event> wanted, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event != null && wanted.test(event)) {
        return event;
      }
    }
    throw new AssertionError("no such event within " + patience);
  }

  private static JsonNode parse(String data) {
    try {
      return JSON.readTree(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    reading.cancel(true);
  }
}
