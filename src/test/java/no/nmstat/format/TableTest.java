package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void aRowNeedsOneCellPerColumn() {
    Table t = new Table(List.of(Column.text("a"), Column.integer("b")));
    assertThatThrownBy(() -> t.row("x")).hasMessage("row has 1 cells for 2 columns");
    t.row("x", null);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0)).containsExactly("x", null);
  }

  @Test
  void rowsColumnsAndNotesCannotBeChangedFromOutside() {
    List<Column> columns = new ArrayList<>(List.of(Column.text("a")));
    Table t = new Table(columns).row("x").note("n");
    columns.add(Column.text("b"));
    assertThat(t.columns()).hasSize(1);
    assertThatThrownBy(() -> t.rows().get(0).set(0, "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.notes().add("m")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTableOfItemsMakesEachRowWhenItIsRead() {
    List<Integer> items = List.of(1, 2, 3);
    List<Integer> made = new ArrayList<>();
    Table t =
        Table.of(
            List.of(Column.integer("n"), Column.integer("square")),
            items,
            i -> {
              made.add(i);
              return new Object[] {i, i * i};
            });
    assertThat(made).isEmpty();
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(2)).containsExactly(3, 9);
    assertThat(made).containsExactly(3);
    assertThatThrownBy(() -> t.row(4, 16)).isInstanceOf(IllegalStateException.class);
    Table wrong = Table.of(List.of(Column.integer("n")), items, i -> new Object[] {i, i});
    assertThatThrownBy(() -> wrong.rows().get(0)).hasMessage("row has 2 cells for 1 columns");
  }

  @Test
  void numericColumnsAreTheNonTextOnes() {
    assertThat(Column.text("a").numeric()).isFalse();
    assertThat(Column.group("a").numeric()).isFalse();
    assertThat(Column.group("a").group()).isTrue();
    assertThat(Column.integer("a").numeric()).isTrue();
    assertThat(Column.decimal("a").numeric()).isTrue();
    assertThat(Column.share("a").numeric()).isTrue();
  }
}
