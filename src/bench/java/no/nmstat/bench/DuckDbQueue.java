package no.nmstat.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The benchmark question answered by DuckDB: n, mean, median and p90 of the queue (documentation
 * received to assigned, in days) per year of assignment, as CSV with full precision. Usage: {@code
 * java -cp benchmarks.jar no.nmstat.bench.DuckDbQueue cases.csv}.
 */
public final class DuckDbQueue {
  private DuckDbQueue() {}

  public static void main(String[] args) throws Exception {
    String file = args[0].replace("'", "''");
    String sql =
        "SELECT year(assigned) AS year, count(*) AS n,"
            + " avg(assigned - documentation_received) AS mean,"
            + " quantile_cont(assigned - documentation_received, 0.5) AS median,"
            + " quantile_cont(assigned - documentation_received, 0.9) AS p90"
            + " FROM read_csv('"
            + file
            + "', header = true, dateformat = '%Y-%m-%d',"
            + " types = {'documentation_received': 'DATE', 'assigned': 'DATE'})"
            + " WHERE assigned IS NOT NULL AND documentation_received IS NOT NULL"
            + " GROUP BY 1 ORDER BY 1";
    StringBuilder out = new StringBuilder("year,n,mean,median,p90\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.append(
            String.format(
                Locale.ROOT,
                "%d,%d,%s,%s,%s%n",
                r.getInt(1),
                r.getLong(2),
                Double.toString(r.getDouble(3)),
                Double.toString(r.getDouble(4)),
                Double.toString(r.getDouble(5))));
      }
    }
    System.out.print(out);
  }
}
