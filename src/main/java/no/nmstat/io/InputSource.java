package no.nmstat.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A named input: a file, or standard input when the name is {@code -}.
 *
 * @param name the name used in problem reports
 * @param path the file, or {@code null} for standard input
 * @param stdin the stream read when {@code path} is null
 */
public record InputSource(String name, Path path, InputStream stdin) {

  /** The source for a command-line argument, {@code -} meaning {@code stdin}. */
  public static InputSource of(String argument, Path workingDirectory, InputStream stdin) {
    if (argument.equals("-")) {
      return new InputSource("-", null, stdin);
    }
    return new InputSource(argument, workingDirectory.resolve(argument), null);
  }

  /** All bytes of the input. */
  public byte[] readAllBytes() throws InputFileException {
    try {
      if (path == null) {
        return stdin.readAllBytes();
      }
      if (Files.isDirectory(path)) {
        throw new InputFileException(name + ": is a directory, not a file", null);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputFileException(name + ": no such file", e);
    } catch (IOException e) {
      throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
    }
  }
}
