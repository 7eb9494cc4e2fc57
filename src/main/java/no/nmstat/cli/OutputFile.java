package no.nmstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file named with {@code -o}, written whole or not at all: the text goes to a temporary file in
 * the same folder, which is then renamed over the target, so a killed or failed run never leaves
 * half a report nor destroys the previous one.
 */
final class OutputFile {
  /** The file cannot be created or written: exit 73 (EX_CANTCREAT) with the reason. */
  static final class WriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private OutputFile() {}

  /** Writes {@code text} as UTF-8 to {@code path} ({@code name} as the user gave it). */
  static void write(Path path, String name, String text) {
    write(path, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code path} ({@code name} as the user gave it). */
  static void write(Path path, String name, byte[] bytes) {
    Path dir = path.toAbsolutePath().getParent();
    try (Temporary tmp = Temporary.create(dir, path.getFileName().toString())) {
      Files.write(tmp.path, bytes);
      try {
        Files.move(
            tmp.path, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp.path, path, StandardCopyOption.REPLACE_EXISTING);
      }
      WrittenRun.outputInPlace();
    } catch (IOException e) {
      throw new WriteException("cannot write " + name + ": " + reason(e), e);
    }
  }

  /**
   * The hidden file the output is written to before it is renamed over the target. It is deleted
   * when the write fails and, by a shutdown hook, when the run is ended (SIGINT, SIGTERM) before
   * the rename: an interrupted write leaves the old output and nothing else.
   */
  static final class Temporary implements AutoCloseable {
    final Path path;
    private final Thread cleanup;

    private Temporary(Path path) {
      this.path = path;
      this.cleanup = new Thread(this::delete, "nmstat-delete-" + path.getFileName());
    }

    /** A new empty file in {@code dir}, named after {@code target}, the process and the time. */
    static Temporary create(Path dir, String target) throws IOException {
      // createFile, not createTempFile: the report gets the usual permissions (umask), not 0600.
      Temporary tmp =
          new Temporary(
              Files.createFile(
                  dir.resolve(
                      "."
                          + target
                          + "."
                          + ProcessHandle.current().pid()
                          + "."
                          + System.nanoTime()
                          + ".tmp")));
      Runtime.getRuntime().addShutdownHook(tmp.cleanup);
      return tmp;
    }

    /** Deletes the file if it is still there (renamed into place, it is not). */
    void delete() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // The temporary file is hidden and named after the target; nothing more to do.
      }
    }

    /** The shutdown hook that deletes the file (for a test to run). */
    Thread cleanup() {
      return cleanup;
    }

    @Override
    public void close() {
      delete();
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // The run is ending: the hook is running, or has run, and deletes the file itself.
      }
    }
  }

  /**
   * Whether {@code output} is the file {@code input}: the same path, or a link to it. False when
   * either does not exist (nothing to lose) or cannot be examined (the write reports that).
   */
  static boolean isSameFile(Path output, Path input) {
    try {
      return Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
    } catch (IOException e) {
      return false;
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
