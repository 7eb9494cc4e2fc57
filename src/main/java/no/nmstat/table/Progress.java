package no.nmstat.table;

/** Told how far reading has come, for a progress display; thread-safe. */
public interface Progress {
  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void start(String name, long bytes) {}

        @Override
        public void advance(long bytes) {}

        @Override
        public void done() {}
      };

  /** Reading {@code name}, of {@code bytes} bytes, begins. */
  void start(String name, long bytes);

  /** Another {@code bytes} bytes were read (from any thread). */
  void advance(long bytes);

  /** Reading the input ended. */
  void done();
}
