package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.ColumnBatch;
import dev.forgery.CsvFormat;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's structured-data section, compiled and run. */
class StructuredDataExampleTest {

  /** A record filled by component names and types. */
  public record Person(
      String firstName, String lastName, String email, int age, LocalDate dateOfBirth) {}

  @Test
  void schemasRowsColumnsRecordsAndFiles(@TempDir Path dir) throws IOException {
    Faker faker = new Faker("en_US", 42L);

    Schema users =
        Schema.builder()
            .field("id", "uuid")
            .field("name", "name")
            .field("email", "safe_email")
            .unique()
            .field("age", "int", 18, 65)
            .field("salary", "float", 30_000, 150_000, 2)
            .field("hired", "date", "2020-01-01", "2024-12-31")
            .field("bio", "text", 50, 200)
            .nullable(0.2)
            .field("plan", "choice", Map.of("free", 80, "pro", 15, "enterprise", 5))
            .build();

    List<Map<String, Object>> rows = faker.records(10_000, users); // keys in schema order
    List<Object[]> tuples = faker.recordsTuples(10_000, users); // same values, no maps
    ColumnBatch columns = faker.columns(100_000, users); // one array per field
    int[] ages = columns.ints("age");

    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "first_name");
    spec.put("age", List.of("int", 18, 65));
    Schema small = Schema.of(spec);

    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    List<Object> skus = faker.unique("sku", 5_000); // distinct, or a clear error

    List<Person> people = faker.records(1_000, Person.class);

    faker.writeCsv(1_000, users, dir.resolve("users.csv"));
    faker.writeCsv(
        1_000,
        users,
        dir.resolve("users.tsv"),
        CsvFormat.rfc4180().withDelimiter('\t').withNullText("NULL").withLineEnding("\n"));
    faker.writeJsonLines(1_000, small, dir.resolve("small.jsonl"));
    long adults = faker.stream(small).limit(100_000).filter(r -> (int) r.get("age") >= 21).count();

    assertThat(rows.get(0).keySet())
        .containsExactly("id", "name", "email", "age", "salary", "hired", "bio", "plan");
    assertThat(tuples).hasSize(10_000);
    assertThat(ages).hasSize(100_000);
    assertThat(skus).doesNotHaveDuplicates().hasSize(5_000);
    assertThat(people).allSatisfy(p -> assertThat(p.email()).contains("@"));
    assertThat(Files.readAllLines(dir.resolve("users.csv"))).hasSize(1_001);
    List<String> tsv = Files.readAllLines(dir.resolve("users.tsv"));
    assertThat(tsv).hasSize(1_001);
    assertThat(tsv.get(0)).isEqualTo("id\tname\temail\tage\tsalary\thired\tbio\tplan");
    assertThat(tsv.subList(1, 1_001))
        .allSatisfy(line -> assertThat(line.split("\t")[4]).matches("\\d{5,6}\\.\\d\\d"));
    assertThat(adults).isBetween(80_000L, 95_000L);
  }
}
