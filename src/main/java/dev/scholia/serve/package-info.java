/**
 * The editing loop behind {@code scholia serve}: a preview HTTP server on the JDK's built-in
 * server ({@link dev.scholia.serve.PreviewServer}) that serves the site folder and never lets a
 * request leave it ({@link dev.scholia.serve.SiteFiles}), a watcher on the archive's sources
 * ({@link dev.scholia.serve.SourceWatcher}), and a session ({@link dev.scholia.serve.ServeSession})
 * that rebuilds incrementally on every change and tells open pages to reload, or to show the
 * problems, over Server-Sent Events ({@link dev.scholia.serve.LiveReload}).
 */
package dev.scholia.serve;
