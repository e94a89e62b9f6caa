package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.Faker;
import dev.forgery.Schema;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A repository test against a real database: 100,000 forged users loaded into an in-memory H2
 * database through JDBC batch inserts, then queried.
 *
 * <p>The situation: a table with a {@code UNIQUE} column (the users' emails) that random data would
 * break sooner or later. {@code Schema.builder()...unique()} makes that column's values distinct
 * within the run, so the load never trips the constraint, and a failure means the repository is
 * wrong, not the data.
 */
@ExtendWith(ForgeryExtension.class)
class RepositoryExampleTest {

  /** 100,000 rows: enough to exercise the batches and the unique index. */
  private static final int USERS = 100_000;

  /** JDBC batches of this many rows: one round trip each instead of one per row. */
  private static final int BATCH = 1_000;

  /** The rows to load, described once: the same schema serves every test that needs users. */
  private static final Schema USER_ROWS =
      Schema.builder()
          .field("name", "name")
          .field("email", "email")
          .unique() // the table's UNIQUE constraint, honoured by the data
          .field("age", "int", 18, 90)
          .field("city", "city")
          .build();

  /** The code under test: a plain JDBC repository of users. */
  record User(String name, String email, int age, String city) {}

  /** A minimal JDBC repository, the kind of class such a test protects. */
  static final class UserRepository {
    private final Connection connection;

    UserRepository(Connection connection) {
      this.connection = connection;
    }

    void createTable() throws SQLException {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(
            "CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                + " email VARCHAR(320) NOT NULL UNIQUE, age INT NOT NULL, city VARCHAR(200))");
      }
    }

    /** Inserts the users in JDBC batches of {@link #BATCH} rows; returns how many were saved. */
    long saveAll(Stream<User> users) throws SQLException {
      long saved = 0;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO users (name, email, age, city) VALUES (?, ?, ?, ?)")) {
        int pending = 0;
        for (User user : (Iterable<User>) users::iterator) {
          insert.setString(1, user.name());
          insert.setString(2, user.email());
          insert.setInt(3, user.age());
          insert.setString(4, user.city());
          insert.addBatch();
          if (++pending == BATCH) {
            saved += sum(insert.executeBatch());
            pending = 0;
          }
        }
        if (pending > 0) {
          saved += sum(insert.executeBatch());
        }
      }
      return saved;
    }

    Optional<User> findByEmail(String email) throws SQLException {
      try (PreparedStatement query =
          connection.prepareStatement("SELECT name, email, age, city FROM users WHERE email = ?")) {
        query.setString(1, email);
        try (ResultSet row = query.executeQuery()) {
          return row.next()
              ? Optional.of(
                  new User(row.getString(1), row.getString(2), row.getInt(3), row.getString(4)))
              : Optional.empty();
        }
      }
    }

    long countAgedBetween(int min, int max) throws SQLException {
      return single("SELECT COUNT(*) FROM users WHERE age BETWEEN " + min + " AND " + max);
    }

    long count(String sql) throws SQLException {
      return single(sql);
    }

    private long single(String sql) throws SQLException {
      try (Statement query = connection.createStatement();
          ResultSet row = query.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    }

    private static long sum(int[] counts) {
      long total = 0;
      for (int count : counts) {
        total += count;
      }
      return total;
    }
  }

  private Connection connection;
  private UserRepository repository;

  @BeforeEach
  void openDatabase() throws SQLException {
    // A private in-memory database per test: nothing to install, nothing left behind.
    connection = DriverManager.getConnection("jdbc:h2:mem:" + System.nanoTime());
    repository = new UserRepository(connection);
    repository.createTable();
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
  }

  /** Forged users: a schema's rows mapped to the domain type, streamed so only a few are live. */
  private static Stream<User> users(Faker faker, int n) {
    return faker.stream(USER_ROWS).limit(n).map(RepositoryExampleTest::toUser);
  }

  private static User toUser(Map<String, Object> row) {
    return new User(
        (String) row.get("name"),
        (String) row.get("email"),
        (Integer) row.get("age"),
        (String) row.get("city"));
  }

  @Test
  void loadsOneHundredThousandUsersAndQueriesThem(@Forged Faker faker) throws SQLException {
    // @Forged Faker is seeded from the test's seed: a failure prints that seed, and @Seed replays
    // exactly these 100,000 rows.
    long saved = repository.saveAll(users(faker, USERS));

    assertThat(saved).isEqualTo(USERS);
    assertThat(repository.count("SELECT COUNT(*) FROM users")).isEqualTo(USERS);
    assertThat(repository.count("SELECT COUNT(DISTINCT email) FROM users")).isEqualTo(USERS);
    // 18..90 is 73 ages drawn uniformly: 18..53 holds 36 of them, about half the users.
    assertThat(repository.countAgedBetween(18, 53)).isBetween(USERS * 45L / 100, USERS * 54L / 100);
    assertThat(repository.countAgedBetween(91, 200)).isZero();
  }

  @Test
  void findsAUserByEmail(@Forged Faker faker) throws SQLException {
    // records(n, schema) when the test needs the rows themselves as well as the table.
    List<User> users =
        faker.records(5_000, USER_ROWS).stream().map(RepositoryExampleTest::toUser).toList();
    repository.saveAll(users.stream());

    User someone = users.get(users.size() / 2);
    assertThat(repository.findByEmail(someone.email())).contains(someone);
    assertThat(repository.findByEmail("nobody@" + someone.email())).isEmpty();
  }

  @Test
  void theUniqueConstraintRejectsADuplicateEmail(@Forged Faker faker, @Forged("email") String taken)
      throws SQLException {
    // The constraint is real: without unique() in the schema, a large load could hit it.
    User first = toUser(faker.records(1, USER_ROWS).get(0));
    User twin = new User(first.name(), taken, first.age(), first.city());
    User clash = new User("Someone Else", taken, 30, first.city());

    repository.saveAll(Stream.of(twin));

    assertThatThrownBy(() -> repository.saveAll(Stream.of(clash))).isInstanceOf(SQLException.class);
    assertThat(repository.count("SELECT COUNT(*) FROM users")).isEqualTo(1);
  }
}
