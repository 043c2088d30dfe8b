/**
 * The values that flow through scholia's pipeline: what was read from the source thread
 * ({@link dev.scholia.model.SourceLine}, {@link dev.scholia.model.Discussion}), what was read from
 * {@code content/} ({@link dev.scholia.model.Theme}, {@link dev.scholia.model.EssaySource}) and the
 * {@link dev.scholia.model.Diagnostic}s every stage reports. All are immutable records; no stage
 * depends on another through anything but these values. Beside them, one helper every stage may
 * use: {@link dev.scholia.model.Background}, which runs a step beside the caller's own work.
 */
package dev.scholia.model;
