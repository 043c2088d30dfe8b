package dev.scholia.content;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where a long-running caller ({@code serve}) keeps what was made from each content file, so a
 * rebuild after one edit parses one file rather than all of them. A one-off build remembers
 * nothing.
 */
public interface FileMemo {
  /** Returns what {@code make} makes from {@code file}, made again only if the file changed. */
  <T> T remember(Path file, Supplier<T> make);

  /** Remembers nothing: every file is read afresh. */
  FileMemo NONE =
      new FileMemo() {
        @Override
        public <T> T remember(Path file, Supplier<T> make) {
          return make.get();
        }
      };
}
