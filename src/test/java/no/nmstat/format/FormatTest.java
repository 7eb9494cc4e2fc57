package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names and extensions of {@link Format}. */
class FormatTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "s.json, json",
        "out/S.XLSX, xlsx",
        "report.2025.md, md",
        "dir.d/out, none",
        "out, none",
        ".profile, none",
        "out., none",
        "./a.b/.c, none",
      })
  void theExtensionIsWhatFollowsTheLastDotOfTheLastPart(String name, String extension) {
    assertThat(Format.extensionOf(name).orElse(null)).isEqualTo(extension);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "csv, CSV",
        "tsv, TSV",
        "json, JSON",
        "md, MARKDOWN",
        "markdown, MARKDOWN",
        "xlsx, XLSX",
        "html, HTML",
        "htm, HTML",
        "pdf, PDF",
        "txt, none",
        "xls, none"
      })
  void eachExtensionNamesOneFormat(String extension, Format format) {
    assertThat(Format.ofExtension(extension).orElse(null)).isEqualTo(format);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {"table, TABLE", " MD , MARKDOWN", "Markdown, MARKDOWN", "htm, none", "xml, none"})
  void formatNamesAreReadInAnyCase(String name, Format format) {
    assertThat(Format.named(name).orElse(null)).isEqualTo(format);
  }
}
