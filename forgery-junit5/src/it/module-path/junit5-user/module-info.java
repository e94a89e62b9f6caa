/** A user's test module: JUnit and forgery's extension reach its tests reflectively. */
module it.junit5user {
  requires dev.forgery.junit5;
  requires org.junit.jupiter.api;

  opens it.junit5user to
      org.junit.platform.commons,
      dev.forgery.junit5;
}
