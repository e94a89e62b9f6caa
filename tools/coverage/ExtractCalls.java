import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts Datafaker / java-faker call sites from local git copies of public repositories.
 *
 * <pre>
 * java tools/coverage/ExtractCalls.java MIRRORS REPOS.tsv OUT_DIR
 * </pre>
 *
 * MIRRORS holds one bare git directory per repository at {@code MIRRORS/<owner>+<name>/repo};
 * REPOS.tsv lists {@code repository} (owner/name) and {@code found_by} in its first two columns,
 * with a header line, in the order the repositories were found. {@code found_by} is {@code search}
 * or {@code path:<file path>}; of the repositories found by one path, the first {@value
 * #REPOS_PER_PATH} that give at least one file are taken, one per owner. Each repository is read at
 * its {@code HEAD}. Writes OUT_DIR/call-sites.tsv (repository, path, call, library) and
 * OUT_DIR/sources.tsv (repository, commit, found_by, files, call_sites, note).
 *
 * <p>Which files are taken: Java files that sit in test code (a path with {@code src/test/}, {@code
 * src/it/}, {@code src/integrationTest/}, {@code src/testFixtures/}, {@code src/e2e/} or a {@code
 * test}/{@code tests} directory) or whose file name marks a test helper (seeder, fixture, fake
 * data, test data, mother, factory, generator, helper, util, ...), that import {@code
 * net.datafaker} or {@code com.github.javafaker} (or, in a repository that does, use a faker
 * obtained from another file), and that hold at least one faker call. At most {@value
 * #MAX_FILES_PER_REPO} files per repository, the first by path. A repository that contains the
 * faker library itself (a {@code Faker.java} in the library's package) is skipped. Every call in a
 * taken file is recorded, one line per call site in the source.
 */
public final class ExtractCalls {

  static final int MAX_FILES_PER_REPO = 10;
  static final int REPOS_PER_PATH = 6;

  static final Pattern TEST_PATH =
      Pattern.compile(
          "(^|/)src/(test|it|integrationTest|integration-test|testFixtures|test-fixtures|e2e)/"
              + "|(^|/)(test|tests)/");
  static final Pattern HELPER_NAME =
      Pattern.compile(
          "(?i)(seed|fixture|fake|dummy|mother|mock|testdata|test_data|populat|sample|generator"
              + "|helper|util|factory|builder|random|datainit|loader)[^/]*\\.java$");

  /** Faker methods that are not data requests (configuration, identity, plumbing). */
  static final Set<String> NOT_CALLS =
      Set.of(
          "toString",
          "hashCode",
          "equals",
          "getClass",
          "getLocale",
          "locale",
          "getContext",
          "setLocale",
          "getFaker",
          "faker",
          "getProvider",
          "doWith",
          "doWithLocale",
          "fakeValuesService");

  /** Methods whose arguments are a list of choices or a template: normalised to {@code (...)}. */
  static final Set<String> VARARG_LIKE =
      Set.of(
          "option", "nextElement", "subset", "expression", "collection", "stream", "csv", "json");

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java ExtractCalls.java MIRRORS REPOS.tsv OUT_DIR");
      System.exit(2);
    }
    Path mirrors = Path.of(args[0]);
    List<String[]> repos = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      repos.add(new String[] {cols[0], cols.length > 1 ? cols[1] : ""});
    }
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    StringBuilder sites = new StringBuilder("repository\tpath\tcall\tlibrary\n");
    StringBuilder sources =
        new StringBuilder("repository\tcommit\tfound_by\tfiles\tcall_sites\tnote\n");
    Map<String, Integer> takenPerPath = new HashMap<>();
    Set<String> ownersPerPath = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (String[] r : repos) {
      String repo = r[0];
      String group = r[1];
      String owner = repo.substring(0, repo.indexOf('/'));
      if (!seen.add(repo)) {
        continue;
      }
      Path git = mirrors.resolve(repo.replace('/', '+')).resolve("repo");
      if (group.startsWith("path:")) {
        if (takenPerPath.getOrDefault(group, 0) >= REPOS_PER_PATH) {
          sources.append(row(repo, "", group, 0, 0, "not used: quota for this path reached"));
          continue;
        }
        if (ownersPerPath.contains(group + " " + owner)) {
          sources.append(row(repo, "", group, 0, 0, "not used: owner already taken for this path"));
          continue;
        }
      }
      if (!Files.isDirectory(git)) {
        sources.append(row(repo, "", group, 0, 0, "no snapshot available"));
        continue;
      }
      String commit = git(git, "rev-parse", "HEAD").strip();
      List<String> all = lines(git(git, "ls-tree", "-r", "--name-only", "HEAD"));
      if (all.stream()
          .anyMatch(
              p ->
                  p.endsWith("net/datafaker/Faker.java")
                      || p.endsWith("com/github/javafaker/Faker.java"))) {
        sources.append(
            row(repo, commit, group, 0, 0, "skipped: contains the faker library itself"));
        continue;
      }
      List<String> candidates = new ArrayList<>();
      for (String p : all) {
        if (p.endsWith(".java") && (TEST_PATH.matcher(p).find() || HELPER_NAME.matcher(p).find())) {
          candidates.add(p);
        }
      }
      candidates.sort(null);
      Map<String, String> texts = new LinkedHashMap<>();
      int data = 0;
      int java = 0;
      for (String p : candidates) {
        String src = git(git, "show", "HEAD:" + p);
        texts.put(p, src);
        String lib = library(src);
        if ("datafaker".equals(lib)) {
          data++;
        } else if ("javafaker".equals(lib)) {
          java++;
        }
      }
      String repoLibrary = data == 0 && java == 0 ? null : data >= java ? "datafaker" : "javafaker";
      int files = 0;
      int count = 0;
      int eligible = 0;
      for (Map.Entry<String, String> e : texts.entrySet()) {
        String src = e.getValue();
        String library = library(src);
        if (library == null) {
          library = repoLibrary; // a file using a faker obtained from a helper in another file
        }
        if (library == null) {
          continue;
        }
        List<String> calls = calls(src);
        if (calls.isEmpty()) {
          continue;
        }
        eligible++;
        if (files >= MAX_FILES_PER_REPO) {
          continue;
        }
        files++;
        for (String c : calls) {
          sites.append(repo).append('\t').append(e.getKey()).append('\t').append(c).append('\t');
          sites.append(library).append('\n');
          count++;
        }
      }
      String note = eligible > files ? "first " + files + " of " + eligible + " files" : "";
      if (files == 0) {
        note = "no test file with a faker call at HEAD";
      } else if (group.startsWith("path:")) {
        takenPerPath.merge(group, 1, Integer::sum);
        ownersPerPath.add(group + " " + owner);
      }
      sources.append(row(repo, commit, group, files, count, note));
    }
    Files.writeString(out.resolve("call-sites.tsv"), sites, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("sources.tsv"), sources, StandardCharsets.UTF_8);
  }

  static String row(String repo, String commit, String group, int files, int count, String note) {
    return repo + "\t" + commit + "\t" + group + "\t" + files + "\t" + count + "\t" + note + "\n";
  }

  static String library(String src) {
    boolean data = src.contains("import net.datafaker");
    boolean java = src.contains("import com.github.javafaker");
    if (data && !java) {
      return "datafaker";
    }
    if (java && !data) {
      return "javafaker";
    }
    if (data) {
      return src.contains("import net.datafaker.Faker;") ? "datafaker" : "javafaker";
    }
    return null;
  }

  // ---------------------------------------------------------------- parsing

  /** An optional package qualifier of the faker class. */
  static final String LIBRARY_PREFIX = "(?:net\\.datafaker\\.|com\\.github\\.javafaker\\.)?";

  static final Pattern FAKER_DECL =
      Pattern.compile(
          "\\b"
              + LIBRARY_PREFIX
              + "(?:Base)?Faker\\s*(?:\\[\\s*\\])?\\s+([A-Za-z_$][\\w$]*)\\s*(?=[;=,):])");
  static final Pattern VAR_NEW_FAKER =
      Pattern.compile(
          "\\bvar\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*(?:new\\s+"
              + LIBRARY_PREFIX
              + "Faker\\b|Faker\\.instance\\b)");
  static final Pattern FAKER_METHOD =
      Pattern.compile(
          "\\b(?:static\\s+)?(?:Base)?Faker\\s+([A-Za-z_$][\\w$]*)\\s*\\(\\s*\\)\\s*\\{");
  static final Pattern TYPED_VAR =
      Pattern.compile(
          "\\b(int|long|double|float|short|byte|boolean|char|String|Integer|Long|Double|Float"
              + "|Boolean|BigDecimal|LocalDate|LocalDateTime|Date|Timestamp|Instant|TimeUnit"
              + "|ChronoUnit|Locale"
              + "|Pattern)\\s+([A-Za-z_$][\\w$]*)\\s*(?=[=;,):])");

  /** Every faker call in a source file, normalised, in source order. */
  static List<String> calls(String raw) {
    String src = stripComments(raw);
    Set<String> fakerVars = new LinkedHashSet<>();
    Matcher m = FAKER_DECL.matcher(src);
    while (m.find()) {
      fakerVars.add(m.group(1));
    }
    m = VAR_NEW_FAKER.matcher(src);
    while (m.find()) {
      fakerVars.add(m.group(1));
    }
    // A field inherited from a base class or a helper in another file: faker / FAKER used
    // without a declaration of another type in this file.
    for (String name : List.of("faker", "FAKER")) {
      if (!fakerVars.contains(name)
          && !Pattern.compile("\\b[A-Z][\\w$.]*(?:<[^>]*>)?\\s+" + name + "\\s*[;=,):]")
              .matcher(src)
              .find()
          && Pattern.compile("(?<![\\w$.])(?:[A-Z][\\w$]*\\s*\\.\\s*)?" + name + "\\s*\\.")
              .matcher(src)
              .find()) {
        fakerVars.add(name);
      }
    }
    Set<String> fakerMethods = new LinkedHashSet<>();
    m = FAKER_METHOD.matcher(src);
    while (m.find()) {
      fakerMethods.add(m.group(1));
    }
    Map<String, String> types = new HashMap<>();
    m = TYPED_VAR.matcher(src);
    while (m.find()) {
      types.putIfAbsent(m.group(2), normaliseType(m.group(1)));
    }
    // Provider handles: x = <faker>.provider();
    Map<String, String> providerVars = new HashMap<>();
    Pattern handle =
        Pattern.compile(
            "\\b([A-Za-z_$][\\w$]*)\\s*=\\s*("
                + receiverRegex(fakerVars, fakerMethods)
                + ")\\s*\\.\\s*([a-z][\\w$]*)\\s*\\(\\s*\\)\\s*;");
    m = handle.matcher(src);
    while (m.find()) {
      String var = m.group(1);
      String provider = m.group(m.groupCount());
      if (!NOT_CALLS.contains(provider) && !fakerVars.contains(var)) {
        providerVars.put(var, provider);
      }
    }
    List<String> out = new ArrayList<>();
    Pattern recv =
        Pattern.compile(
            "(?<![\\w$.])(?:this\\s*\\.\\s*|[A-Z][\\w$]*\\s*\\.\\s*)?("
                + receiverRegex(fakerVars, fakerMethods)
                + (providerVars.isEmpty() ? "" : "|" + alternatives(providerVars.keySet()))
                + ")\\s*\\.\\s*(?=[A-Za-z_$<])");
    m = recv.matcher(src);
    while (m.find()) {
      String receiver = m.group(1).replaceAll("\\s+", "");
      String provider = providerVars.get(receiver);
      int[] pos = {m.end()};
      Segment first = segment(src, pos);
      if (first == null) {
        continue;
      }
      if (provider != null) {
        if (!NOT_CALLS.contains(first.name)) {
          out.add(provider + "()." + first.name + signature(first, types));
        }
        continue;
      }
      if (NOT_CALLS.contains(first.name)) {
        continue;
      }
      if (first.args.isEmpty()) {
        int save = pos[0];
        Segment second = null;
        int p = skipSpace(src, pos[0]);
        if (p < src.length() && src.charAt(p) == '.') {
          pos[0] = p + 1;
          second = segment(src, pos);
        }
        if (second == null) {
          pos[0] = save;
          continue; // a provider handle passed along, not a call
        }
        if (NOT_CALLS.contains(second.name)) {
          continue;
        }
        out.add(first.name + "()." + second.name + signature(second, types));
      } else {
        out.add(first.name + signature(first, types));
      }
    }
    return out;
  }

  static String receiverRegex(Set<String> vars, Set<String> methods) {
    List<String> alts = new ArrayList<>();
    alts.add("new\\s+" + LIBRARY_PREFIX + "Faker\\s*\\((?:[^()]|\\([^()]*\\))*\\)");
    alts.add(LIBRARY_PREFIX + "Faker\\s*\\.\\s*instance\\s*\\((?:[^()]|\\([^()]*\\))*\\)");
    for (String v : vars) {
      alts.add(Pattern.quote(v));
    }
    Set<String> all = new LinkedHashSet<>(methods);
    all.add("getFaker");
    all.add("faker");
    for (String meth : all) {
      alts.add("(?:[A-Z][\\w$]*\\s*\\.\\s*)?" + Pattern.quote(meth) + "\\s*\\(\\s*\\)");
    }
    return String.join("|", alts);
  }

  static String alternatives(Set<String> names) {
    List<String> alts = new ArrayList<>();
    for (String n : names) {
      alts.add(Pattern.quote(n));
    }
    return String.join("|", alts);
  }

  record Segment(String name, List<String> args) {}

  /** Reads {@code name(args)} at pos (after the dot); null when the text there is not a call. */
  static Segment segment(String s, int[] pos) {
    int p = skipSpace(s, pos[0]);
    if (p < s.length() && s.charAt(p) == '<') { // explicit type arguments
      int depth = 0;
      while (p < s.length()) {
        char c = s.charAt(p++);
        if (c == '<') {
          depth++;
        } else if (c == '>' && --depth == 0) {
          break;
        }
      }
      p = skipSpace(s, p);
    }
    int start = p;
    while (p < s.length() && (Character.isJavaIdentifierPart(s.charAt(p)))) {
      p++;
    }
    if (p == start) {
      return null;
    }
    String name = s.substring(start, p);
    p = skipSpace(s, p);
    if (p >= s.length() || s.charAt(p) != '(') {
      return null;
    }
    int depth = 0;
    int argStart = p + 1;
    List<String> args = new ArrayList<>();
    int i = p;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipLiteral(s, i);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          String last = s.substring(argStart, i).strip();
          if (!last.isEmpty() || !args.isEmpty()) {
            args.add(last);
          }
          break;
        }
      } else if (c == ',' && depth == 1 && !insideGenerics(s, argStart, i)) {
        args.add(s.substring(argStart, i).strip());
        argStart = i + 1;
      }
    }
    pos[0] = i + 1;
    return new Segment(name, args);
  }

  static boolean insideGenerics(String s, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipLiteral(s, i);
        continue;
      }
      if (c == '<' && i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))) {
        depth++;
      } else if (c == '>' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  static int skipSpace(String s, int p) {
    while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  static int skipLiteral(String s, int i) {
    char q = s.charAt(i);
    if (q == '"' && s.startsWith("\"\"\"", i)) {
      int end = s.indexOf("\"\"\"", i + 3);
      return end < 0 ? s.length() - 1 : end + 2;
    }
    for (int j = i + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == q || c == '\n') {
        return j;
      }
    }
    return s.length() - 1;
  }

  static String stripComments(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int end = skipLiteral(s, i);
        b.append(s, i, Math.min(end + 1, s.length()));
        i = end + 1;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
        b.append(' ');
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- argument types

  static String signature(Segment seg, Map<String, String> types) {
    if (VARARG_LIKE.contains(seg.name) && !seg.args.isEmpty()) {
      return "(...)";
    }
    List<String> ts = new ArrayList<>();
    for (String a : seg.args) {
      ts.add(typeOf(a, types));
    }
    return "(" + String.join(",", ts) + ")";
  }

  static final Pattern INT_LIT = Pattern.compile("[-+]?(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)");
  static final Pattern LONG_LIT = Pattern.compile("[-+]?(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)[lL]");
  static final Pattern DOUBLE_LIT =
      Pattern.compile(
          "[-+]?([0-9][0-9_]*\\.[0-9_]*|\\.[0-9]+)([eE][-+]?[0-9]+)?[dD]?|[-+]?[0-9]+[dD]");
  static final Pattern FLOAT_LIT = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?[fF]");

  static String typeOf(String a, Map<String, String> types) {
    String s = a.strip();
    while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.startsWith("\"")) {
      return "String";
    }
    if (s.startsWith("'")) {
      return "char";
    }
    if (s.equals("true") || s.equals("false")) {
      return "boolean";
    }
    if (s.equals("null")) {
      return "null";
    }
    if (LONG_LIT.matcher(s).matches()) {
      return "long";
    }
    if (INT_LIT.matcher(s).matches()) {
      return "int";
    }
    if (FLOAT_LIT.matcher(s).matches()) {
      return "float";
    }
    if (DOUBLE_LIT.matcher(s).matches()) {
      return "double";
    }
    if (s.contains("->")) {
      return "lambda";
    }
    if (s.contains("::")) {
      return "methodref";
    }
    if (s.matches("(?:[\\w$]+\\.)*[A-Z][\\w$]*\\.class")) {
      return "Class";
    }
    if (s.matches("(?:java\\.util\\.concurrent\\.)?TimeUnit\\.[A-Z_]+")
        || s.matches("(?:java\\.time\\.temporal\\.)?ChronoUnit\\.[A-Z_]+")) {
      return s.substring(s.lastIndexOf('.', s.lastIndexOf('.') - 1) + 1); // the unit matters
    }
    if (s.matches("[A-Z_]+")
        && Set.of("DAYS", "HOURS", "MINUTES", "SECONDS", "MILLISECONDS").contains(s)) {
      return "TimeUnit." + s; // statically imported unit
    }
    if (s.matches("(Integer|Short|Byte)\\.(MAX|MIN)_VALUE")) {
      return "int";
    }
    if (s.matches("Long\\.(MAX|MIN)_VALUE")) {
      return "long";
    }
    if (s.matches("Double\\.(MAX|MIN)_VALUE")) {
      return "double";
    }
    if (s.matches("Locale\\.[A-Z_]+") || s.startsWith("new Locale")) {
      return "Locale";
    }
    if (s.startsWith("new ")) {
      Matcher nm = Pattern.compile("new\\s+([\\w$.]+)").matcher(s);
      if (nm.find()) {
        String t = nm.group(1);
        t = t.substring(t.lastIndexOf('.') + 1);
        return s.contains("[") && !s.contains("(") ? t + "[]" : t;
      }
    }
    if (s.matches("(?:[\\w$]+\\.)*[A-Z][\\w$]*\\.[A-Z][A-Z0-9_]*")) {
      return "enum"; // a constant such as CreditCardType.VISA or Gender.MALE
    }
    if (s.matches("[A-Za-z_$][\\w$]*")) {
      String t = types.get(s);
      return t == null ? "?" : t;
    }
    if (s.matches("(?:[\\w$]+\\.)*[A-Za-z_$][\\w$]*\\.length\\(\\)|.*\\.size\\(\\)")) {
      return "int";
    }
    // arithmetic over literals and known variables
    if (s.matches("[\\w$.\\s+\\-*/%()]+") && s.matches(".*[+\\-*/%].*")) {
      String widest = null;
      for (String tok : s.split("[\\s+\\-*/%()]+")) {
        if (tok.isEmpty()) {
          continue;
        }
        String t = simpleType(tok, types);
        if (!Set.of("int", "long", "double", "float").contains(t)) {
          return "?";
        }
        widest = wider(widest, t);
      }
      return widest == null ? "?" : widest;
    }
    if (s.contains("\"") && s.contains("+")) {
      return "String";
    }
    return "?";
  }

  /** The type of a literal or a declared variable, without recursion; "?" otherwise. */
  static String simpleType(String tok, Map<String, String> types) {
    if (LONG_LIT.matcher(tok).matches()) {
      return "long";
    }
    if (INT_LIT.matcher(tok).matches()) {
      return "int";
    }
    if (FLOAT_LIT.matcher(tok).matches()) {
      return "float";
    }
    if (DOUBLE_LIT.matcher(tok).matches()) {
      return "double";
    }
    if (tok.matches("(Integer|Short|Byte)\\.(MAX|MIN)_VALUE")) {
      return "int";
    }
    if (tok.matches("Long\\.(MAX|MIN)_VALUE")) {
      return "long";
    }
    String t = types.get(tok);
    return t == null ? "?" : t;
  }

  static String wider(String a, String b) {
    List<String> order = List.of("int", "long", "float", "double");
    if (a == null) {
      return b;
    }
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }

  static boolean balanced(String s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        d++;
      } else if (c == ')' && --d < 0) {
        return false;
      }
    }
    return d == 0;
  }

  static String normaliseType(String t) {
    return switch (t) {
      case "Integer" -> "int";
      case "Long" -> "long";
      case "Double" -> "double";
      case "Float" -> "float";
      case "Boolean" -> "boolean";
      default -> t;
    };
  }

  // ---------------------------------------------------------------- git

  static String git(Path dir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("--git-dir=" + dir);
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      byte[] bytes;
      try (InputStream in = p.getInputStream()) {
        bytes = in.readAllBytes();
      }
      p.getErrorStream().readAllBytes();
      p.waitFor();
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    for (String l : s.split("\n")) {
      if (!l.isBlank()) {
        out.add(l);
      }
    }
    return out;
  }

  private ExtractCalls() {}
}
