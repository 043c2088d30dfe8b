package dev.scholia.render;

import java.util.function.Supplier;

/**
 * One output file to produce: its path relative to the site root and how to render it. Jobs are
 * independent, so the site stage runs them in parallel and streams each to disk as it finishes.
 */
public record PageJob(String path, Supplier<String> html) {}
