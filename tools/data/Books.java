import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Converts the Project Gutenberg catalogue into forgery's book tables: the most downloaded English
 * public-domain titles, their authors, and literary genres weighted by how many of those books
 * carry them.
 *
 * <p>Usage: {@code java tools/data/Books.java <raw_gutenberg_data> <gutenberg_metadata.rdx>
 * <resources-dir>}
 *
 * <p>Inputs, both derived from Project Gutenberg's own catalogue (titles and author names of works
 * in the public domain in the USA):
 *
 * <ul>
 *   <li>{@code raw_gutenberg_data}: AlexandriaILS/Alexandria, commit
 *       201264f02a883a36d34387f9e111ed7d4e69644a (2022-03-28), path {@code raw_gutenberg_data}
 *       (sha256 60aba519...f982706): a gzip-compressed JSON export of the whole Gutendex book list
 *       (67,624 books with title, authors "Last, First" and LCSH subjects), in Gutendex's default
 *       order, most downloaded first. This order is the popularity rank used here.
 *   <li>{@code gutenberg_metadata.rdx}: ropensci/gutenbergr, commit
 *       4b0b043a458c7c4e3f61d6416d97511e217d7de3, path {@code data/gutenberg_metadata.rda} (sha256
 *       e8f4cca2...4213ccd; the catalogue as of 2026-06-25), decompressed with {@code xz -dc}: an R
 *       serialization (format 3) of a data frame with one row per book. Read here for each book's
 *       language and rights only.
 * </ul>
 *
 * <p>Outputs, under {@code books/}:
 *
 * <ul>
 *   <li>{@code titles.txt}: the first {@value #TITLES} distinct titles, in popularity order, of
 *       books whose language is exactly English and whose rights are "Public domain in the USA.".
 *       A title is its catalogue title's main title: the first line, cut before a subtitle (": ",
 *       "; ", " — "), trailing punctuation removed, words that start with a lower-case letter
 *       capitalised except short function words (the catalogue writes some titles in sentence
 *       case). Titles with digits (volumes, editions, years), volume or part markers, or more than
 *       {@value #MAX_TITLE} characters are skipped.
 *   <li>{@code authors.txt}: the distinct people among the authors of the same books, "First
 *       Last": the catalogue's "Last, First (Full Names)" reordered, the parenthesised full names
 *       dropped, "Jr." kept at the end, titles of nobility dropped; corporate and anonymous
 *       authors, and names with digits or epithets, skipped.
 *   <li>{@code genres.txt}: genre names with weights: the number of the {@value #GENRE_BOOKS} most
 *       downloaded English public-domain books that carry a Library of Congress genre heading
 *       mapped to the name in {@link #GENRES} (an editorial mapping: which headings are literary
 *       genres, and the name each is given).
 * </ul>
 */
public final class Books {
  static final int TITLES = 3000;
  static final int MAX_TITLE = 60;
  static final int GENRE_BOOKS = 10_000;

  /** Function words kept in lower case inside a title. */
  static final Set<String> SMALL =
      Set.of(
          "a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "at", "to", "by",
          "as", "from", "with", "into", "upon", "o'", "de", "la", "le", "du", "des", "von", "van");

  /** Words that mark a part of a longer work. */
  static final Pattern PART =
      Pattern.compile(
          "(?i).*\\b(volume|vol\\.|complete|part|books? [ivxlc]+|index|supplement|selections"
              + "|series|edition|encyclop\\w*|cyclop\\w*|handbook|catalogue|dictionary|number"
              + "|no\\.)\\b.*");

  /**
   * Words that keep a title out of a table of test data: sexual content and racial slurs
   * (editorial; matched as whole words, ignoring case).
   */
  static final Pattern UNSUITABLE =
      Pattern.compile(
          "(?i).*\\b(nigger|negro|negroes|lust|erotica|erotic|sex|sexual|sexualis|sex-\\w+|rape"
              + "|fanny hill|kama sutra|savages)\\b.*");

  /** Author names that are no person's full name. */
  static final Set<String> NOT_PEOPLE =
      Set.of("Anonymous", "Various", "Unknown", "Pseudonym", "Grandmamma", "Falconbridge", "Levi");

  /** Titles of nobility written after the given names in the catalogue; dropped. */
  static final Set<String> TITLES_OF_NOBILITY = Set.of("graf", "Sir", "comte", "Dame");

  /**
   * Peerages written after the given names: the catalogue's "last name" is then the title's name
   * (Byron, George Gordon Byron, Baron), kept only where the given names end with it.
   */
  static final Set<String> PEERAGES = Set.of("Baron", "Baroness", "Earl", "Lord", "Viscount");

  /**
   * Library of Congress genre headings (as the catalogue gives them, national qualifiers such as
   * ", English" removed) and the genre name each counts for. Editorial: which headings are literary
   * genres, and the names.
   */
  static final Map<String, String> GENRES = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"Short stories", "Short Story"},
      {"Science fiction", "Science Fiction"},
      {"Adventure stories", "Adventure"},
      {"Detective and mystery stories", "Mystery"},
      {"Mystery and detective stories", "Mystery"},
      {"Mystery fiction", "Mystery"},
      {"Historical fiction", "Historical Fiction"},
      {"Love stories", "Romance"},
      {"Romance fiction", "Romance"},
      {"Regency fiction", "Romance"},
      {"Fantasy fiction", "Fantasy"},
      {"Fantasy literature", "Fantasy"},
      {"Fairy tales", "Fairy Tale"},
      {"Domestic fiction", "Domestic Fiction"},
      {"Psychological fiction", "Psychological Fiction"},
      {"Humorous stories", "Humor"},
      {"American wit and humor", "Humor"},
      {"English wit and humor", "Humor"},
      {"Children's stories", "Children's Literature"},
      {"Children's literature", "Children's Literature"},
      {"Bildungsromans", "Coming-of-Age"},
      {"Western stories", "Western"},
      {"Horror tales", "Horror"},
      {"Comedies", "Comedy"},
      {"Tragedies", "Tragedy"},
      {"Poetry", "Poetry"},
      {"English poetry", "Poetry"},
      {"American poetry", "Poetry"},
      {"Children's poetry", "Children's Poetry"},
      {"Nursery rhymes", "Children's Poetry"},
      {"War stories", "War Fiction"},
      {"Ghost stories", "Ghost Story"},
      {"Sea stories", "Sea Story"},
      {"Didactic fiction", "Didactic Fiction"},
      {"Satire", "Satire"},
      {"Essays", "Essay"},
      {"English essays", "Essay"},
      {"American essays", "Essay"},
      {"Political fiction", "Political Fiction"},
      {"Mythology", "Mythology"},
      {"Autobiographical fiction", "Autobiographical Fiction"},
      {"Gothic fiction", "Gothic Fiction"},
      {"Christmas stories", "Christmas Story"},
      {"Paranormal fiction", "Paranormal Fiction"},
      {"Folklore", "Folklore"},
      {"Christian fiction", "Christian Fiction"},
      {"Religious fiction", "Christian Fiction"},
      {"Epistolary fiction", "Epistolary Novel"},
      {"Biographical fiction", "Biographical Fiction"},
      {"Pastoral fiction", "Pastoral"},
      {"Historical drama", "Historical Drama"},
      {"Humorous poetry", "Humorous Poetry"},
      {"Nonsense verses", "Nonsense Verse"},
      {"Fables", "Fable"},
      {"Picaresque literature", "Picaresque"},
      {"Spy stories", "Spy Fiction"},
      {"Dime novels", "Dime Novel"},
      {"Feminist fiction", "Feminist Fiction"},
      {"Utopian fiction", "Utopian Fiction"},
      {"Arthurian romances", "Arthurian Romance"},
      {"Diary fiction", "Diary Novel"},
      {"Allegories", "Allegory"},
      {"Legal stories", "Legal Fiction"},
      {"Apocalyptic fiction", "Apocalyptic Fiction"},
      {"Epic poetry", "Epic Poetry"},
      {"Suspense fiction", "Suspense"},
      {"Tragicomedy", "Tragicomedy"},
      {"Prose poems", "Prose Poetry"},
      {"War poetry", "War Poetry"},
      {"Biography", "Biography"},
      {"Autobiographies", "Autobiography"},
      {"Voyages and travels", "Travel Writing"},
      {"Speeches, addresses, etc.", "Speech"},
      {"Parables", "Parable"},
      {"Frame-stories", "Frame Story"},
      {"Sermons", "Sermon"},
      {"Legends", "Legend"},
    };
    for (String[] pair : pairs) {
      GENRES.put(pair[0], pair[1]);
    }
  }

  /** National qualifiers the catalogue appends to genre headings. */
  static final Pattern NATIONAL = Pattern.compile(", (English|American|Scottish|Irish|Canadian)$");

  record Book(int rank, int id, String title, List<String> authors, List<String> subjects) {}

  record Meta(String language, String rights) {}

  public static void main(String[] args) throws IOException {
    List<Book> books = gutendex(Path.of(args[0]));
    Map<Integer, Meta> meta = gutenbergr(Path.of(args[1]));
    Path out = Path.of(args[2], "books");
    Files.createDirectories(out);

    List<Book> english = new ArrayList<>();
    for (Book book : books) {
      Meta m = meta.get(book.id());
      if (m != null && "en".equals(m.language()) && "Public domain in the USA.".equals(m.rights())) {
        english.add(book);
      }
    }
    System.out.println(english.size() + " English public-domain books of " + books.size());

    Map<String, String> titles = new LinkedHashMap<>(); // lower case -> title
    Set<String> authors = new LinkedHashSet<>();
    int lastRank = 0;
    for (Book book : english) {
      if (titles.size() == TITLES) {
        break;
      }
      String title = title(book.title());
      if (title == null || titles.containsKey(title.toLowerCase(Locale.ROOT))) {
        continue;
      }
      titles.put(title.toLowerCase(Locale.ROOT), title);
      lastRank = book.rank();
      for (String author : book.authors()) {
        String name = author(author);
        if (name != null) {
          authors.add(name);
        }
      }
    }
    System.out.println("titles down to popularity rank " + lastRank);
    writeList(out.resolve("titles.txt"), titles.values());
    writeList(out.resolve("authors.txt"), authors);

    Map<String, Long> genres = new TreeMap<>();
    for (Book book : english.subList(0, Math.min(GENRE_BOOKS, english.size()))) {
      Set<String> seen = new LinkedHashSet<>();
      for (String subject : book.subjects()) {
        String heading = NATIONAL.matcher(subject).replaceAll("");
        String genre = GENRES.get(heading);
        if (genre != null) {
          seen.add(genre);
        }
      }
      for (String genre : seen) {
        genres.merge(genre, 1L, Long::sum);
      }
    }
    for (String genre : new LinkedHashSet<>(GENRES.values())) {
      if (!genres.containsKey(genre)) {
        throw new IllegalStateException("no book carries the genre " + genre);
      }
    }
    writeWeighted(out.resolve("genres.txt"), genres);
  }

  /** The main title of a catalogue title, or {@code null} if it is skipped. */
  static String title(String raw) {
    String t = raw.split("\r?\n", 2)[0].strip().replace('\u2019', '\'');
    for (String cut :
        new String[] {
          ": ", " :", "; ", " — ", "—", " -- ", ", Illustrated", ", Translated", ", Rendered"
        }) {
      int at = t.indexOf(cut);
      if (at > 0) {
        t = t.substring(0, at);
      }
    }
    t = t.replaceAll("[\\s,.;:]+$", "").strip();
    if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.length() < 2
        || t.length() > MAX_TITLE
        || t.chars().anyMatch(Character::isDigit)
        || PART.matcher(t).matches()
        || UNSUITABLE.matcher(t).matches()
        || t.contains("[")
        || t.contains("(")) {
      return null;
    }
    String[] words = t.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        sb.append(' ');
      }
      boolean last = i == words.length - 1;
      if (!w.isEmpty()
          && Character.isLowerCase(w.charAt(0))
          && (i == 0 || last || !SMALL.contains(w))) {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        sb.append(w);
      }
    }
    return sb.toString();
  }

  /** A catalogue author as "First Last", or {@code null} if it is no person or is skipped. */
  static String author(String raw) {
    String name = raw.replaceAll("\\s*\\([^)]*\\)", "").strip();
    if (name.isEmpty() || name.chars().anyMatch(Character::isDigit)) {
      return null;
    }
    String[] parts = name.split(", ");
    String result;
    if (parts.length == 1) {
      // A single name (Homer, Plato, Voltaire); names with spaces are bodies (United States).
      result = name.contains(" ") || name.contains(".") || NOT_PEOPLE.contains(name) ? null : name;
    } else if (parts.length == 2) {
      result = person(parts[0], parts[1], "");
    } else if (parts.length == 3 && (parts[2].equals("Jr.") || parts[2].equals("Sr."))) {
      result = person(parts[0], parts[1], " " + parts[2]);
    } else if (parts.length == 3 && TITLES_OF_NOBILITY.contains(parts[2])) {
      result = person(parts[0], parts[1], "");
    } else if (parts.length == 3
        && PEERAGES.contains(parts[2])
        && parts[1].endsWith(" " + parts[0])) {
      result = person(parts[0], parts[1], "");
    } else {
      result = null;
    }
    return result;
  }

  private static String person(String last, String first, String suffix) {
    if (first.isEmpty()
        || !Character.isUpperCase(first.charAt(0))
        || first.contains(" of ")
        || first.startsWith("Saint")
        || first.startsWith("King")
        || first.startsWith("Queen")
        || first.startsWith("Emperor")
        || first.startsWith("Pope")
        || last.contains(".")
        || last.contains(" ")) {
      return null;
    }
    // "Byron, George Gordon Byron, Baron": the given names already end with the family name.
    String full = first.endsWith(" " + last) ? first : first + " " + last;
    return full + suffix;
  }

  // -----------------------------------------------------------------------------------------------
  // Gutendex export

  @SuppressWarnings("unchecked")
  static List<Book> gutendex(Path path) throws IOException {
    byte[] json;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      json = in.readAllBytes();
    }
    Map<String, Object> root = (Map<String, Object>) Json.parse(new String(json, StandardCharsets.UTF_8));
    List<Book> books = new ArrayList<>();
    int rank = 0;
    for (Object o : (List<Object>) root.get("results")) {
      Map<String, Object> b = (Map<String, Object>) o;
      rank++;
      books.add(
          new Book(
              rank,
              ((Number) b.get("id")).intValue(),
              (String) b.get("title"),
              (List<String>) (List<?>) b.get("authors"),
              (List<String>) (List<?>) b.get("subjects")));
    }
    return books;
  }

  // -----------------------------------------------------------------------------------------------
  // gutenbergr's metadata: R serialization, XDR, format 3

  static Map<Integer, Meta> gutenbergr(Path path) throws IOException {
    RData r = new RData(Files.readAllBytes(path));
    Object top = r.read();
    // A pairlist of one tagged data frame: a list of columns with names and levels attributes.
    RValue frame = (RValue) ((List<?>) ((RValue) top).values).get(0);
    List<?> columns = frame.values;
    List<?> names = ((RValue) frame.attributes.get("names")).values;
    Map<String, RValue> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.put((String) names.get(i), (RValue) columns.get(i));
    }
    List<?> ids = byName.get("gutenberg_id").values;
    List<?> languages = factor(byName.get("language"));
    List<?> rights = factor(byName.get("rights"));
    Map<Integer, Meta> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put((Integer) ids.get(i), new Meta((String) languages.get(i), (String) rights.get(i)));
    }
    return out;
  }

  /** A column's values, factor codes replaced by their levels. */
  static List<?> factor(RValue column) {
    RValue levels = (RValue) column.attributes.get("levels");
    if (levels == null) {
      return column.values;
    }
    List<Object> out = new ArrayList<>();
    for (Object code : column.values) {
      int c = (Integer) code;
      out.add(c > 0 ? levels.values.get(c - 1) : null);
    }
    return out;
  }

  /** A vector or pairlist with its attributes. */
  static final class RValue {
    final int type;
    final List<Object> values;
    final Map<String, Object> attributes = new HashMap<>();
    final List<String> tags = new ArrayList<>();

    RValue(int type, List<Object> values) {
      this.type = type;
      this.values = values;
    }
  }

  /** Reads the subset of R's serialization that a data frame of strings and numbers uses. */
  static final class RData {
    private final ByteBuffer in;
    private final List<Object> refs = new ArrayList<>();

    RData(byte[] bytes) {
      String header = new String(bytes, 0, 7, StandardCharsets.US_ASCII);
      if (!header.equals("RDX3\nX\n")) {
        throw new IllegalArgumentException("not an xz-decompressed R data file (RDX3): " + header);
      }
      in = ByteBuffer.wrap(bytes, 7, bytes.length - 7);
      in.getInt(); // format version 3
      in.getInt(); // writer's R version
      in.getInt(); // oldest reader
      int n = in.getInt();
      in.position(in.position() + n); // native encoding
    }

    Object read() {
      int flags = in.getInt();
      int type = flags & 0xFF;
      boolean hasAttributes = (flags & (1 << 9)) != 0;
      boolean hasTag = (flags & (1 << 10)) != 0;
      switch (type) {
        case 254: // NILVALUE
          return null;
        case 255: // REFSXP
          return refs.get((flags >>> 8) - 1);
        case 1: // SYMSXP
          {
            Object symbol = new Symbol((String) read());
            refs.add(symbol);
            return symbol;
          }
        case 2: // LISTSXP, a pairlist: read iteratively
          {
            RValue list = new RValue(2, new ArrayList<>());
            while (true) {
              Map<String, Object> attributes = hasAttributes ? attributes() : Map.of();
              Symbol tag = hasTag ? (Symbol) read() : null;
              list.tags.add(tag == null ? null : tag.name());
              list.values.add(read());
              list.attributes.putAll(attributes);
              flags = in.getInt();
              type = flags & 0xFF;
              hasAttributes = (flags & (1 << 9)) != 0;
              hasTag = (flags & (1 << 10)) != 0;
              if (type == 254) {
                return list;
              }
              if (type != 2) {
                throw new IllegalStateException("improper pairlist, type " + type);
              }
            }
          }
        case 9: // CHARSXP
          {
            int n = in.getInt();
            if (n == -1) {
              return null;
            }
            String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            return s;
          }
        case 10: // LGLSXP
        case 13: // INTSXP
        case 14: // REALSXP
        case 16: // STRSXP
        case 19: // VECSXP
          {
            int n = in.getInt();
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              values.add(
                  type == 14
                      ? (Object) in.getDouble()
                      : type == 16 || type == 19 ? read() : (Object) in.getInt());
            }
            RValue v = new RValue(type, values);
            if (hasAttributes) {
              v.attributes.putAll(attributes());
            }
            return v;
          }
        default:
          throw new IllegalStateException("unsupported R type " + type + " at " + in.position());
      }
    }

    /** An attribute pairlist as a map from tag to value. */
    private Map<String, Object> attributes() {
      RValue list = (RValue) read();
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < list.values.size(); i++) {
        out.put(list.tags.get(i), list.values.get(i));
      }
      return out;
    }
  }

  record Symbol(String name) {}

  // -----------------------------------------------------------------------------------------------

  static void writeList(Path dst, java.util.Collection<String> values) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (v.contains("\t") || v.contains("\n")) {
        throw new IllegalStateException("bad value " + v);
      }
      sb.append(v).append('\n');
    }
    Files.writeString(dst, sb, StandardCharsets.UTF_8);
    System.out.println(dst + ": " + values.size() + " rows");
  }

  static void writeWeighted(Path dst, Map<String, Long> weights) throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(weights.entrySet());
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Long> row : rows) {
      sb.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
    }
    Files.writeString(dst, sb, StandardCharsets.UTF_8);
    System.out.println(dst + ": " + rows.size() + " rows");
  }

  /** A minimal JSON reader: objects, arrays, strings (with escapes), numbers, literals. */
  static final class Json {
    private final String s;
    private int p;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String s) {
      return new Json(s).value();
    }

    private Object value() {
      skip();
      char c = s.charAt(p);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        p++;
        skip();
        if (s.charAt(p) == '}') {
          p++;
          return map;
        }
        while (true) {
          skip();
          String key = (String) value();
          skip();
          p++; // ':'
          map.put(key, value());
          skip();
          if (s.charAt(p++) == '}') {
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        p++;
        skip();
        if (s.charAt(p) == ']') {
          p++;
          return list;
        }
        while (true) {
          list.add(value());
          skip();
          if (s.charAt(p++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        StringBuilder sb = new StringBuilder();
        p++;
        while (true) {
          char ch = s.charAt(p++);
          if (ch == '"') {
            return sb.toString();
          }
          if (ch == '\\') {
            char e = s.charAt(p++);
            switch (e) {
              case 'n' -> sb.append('\n');
              case 'r' -> sb.append('\r');
              case 't' -> sb.append('\t');
              case 'u' -> {
                sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                p += 4;
              }
              default -> sb.append(e);
            }
          } else {
            sb.append(ch);
          }
        }
      }
      int start = p;
      while (p < s.length() && ",]} \n\r\t".indexOf(s.charAt(p)) < 0) {
        p++;
      }
      String token = s.substring(start, p);
      return switch (token) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> null;
        default -> token.contains(".") ? (Object) Double.parseDouble(token) : (Object) Long.parseLong(token);
      };
    }

    private void skip() {
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
    }
  }
}
