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
  static final class Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exception(String message, Throwable cause) {
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
    Path tmp = null;
    try {
      // createFile, not createTempFile: the report gets the usual permissions (umask), not 0600.
      tmp =
          Files.createFile(
              dir.resolve(
                  "."
                      + path.getFileName()
                      + "."
                      + ProcessHandle.current().pid()
                      + "."
                      + System.nanoTime()
                      + ".tmp"));
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new Exception("cannot write " + name + ": " + reason(e), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // The temporary file is hidden and named after the target; nothing more to do.
        }
      }
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
