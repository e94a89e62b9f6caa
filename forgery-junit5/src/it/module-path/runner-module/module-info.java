/** The runner as a module: the launcher module is then on the module path and resolved. */
module it.runner {
  requires org.junit.platform.launcher;
}
