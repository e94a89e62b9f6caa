import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes forgery's en_US tables of product words, departments, promotion-code words, industries
 * and buzzwords.
 *
 * <p>Usage: {@code java tools/data/Commerce.java <shared-data-dir> <corpora-data-dir>
 * <resources-dir>}, where {@code corpora-data-dir} is the {@code data} folder of dariusk/corpora
 * at commit cf30ca27ab176b63623af1ddcfa2447ac07305ba (CC0), the commit the shared data's corpora
 * files come from.
 *
 * <ul>
 *   <li>{@code products.txt}: one product a line, {@code Noun;Material|Material|...}: the nouns
 *       are a selection of dariusk/corpora's household objects, clothing, appliances and
 *       containers ({@code objects/objects.json}, {@code objects/clothing.json}, {@code
 *       technology/appliances.json}, {@code objects/containers.json}); which materials each is
 *       made of is editorial ({@link #PRODUCTS}, {@link #GROUPS}). Every noun is checked against
 *       the corpora lists.
 *   <li>{@code materials.txt}: every material of the groups, in title case: fabrics, metals,
 *       stones and other materials of dariusk/corpora's {@code materials/*.json}, plus the
 *       editorial additions in {@link #EDITORIAL_MATERIALS} (woods, leather, finishes the corpora
 *       lists lack). Every other material is checked against the corpora lists.
 *   <li>{@code product_adjectives.txt}, {@code departments.txt}, {@code promotion_words.txt}:
 *       editorial lists ({@link #ADJECTIVES}, {@link #DEPARTMENTS}, {@link #PROMOTION_WORDS}).
 *   <li>{@code industries.txt}: the LinkedIn industry list of dariusk/corpora ({@code
 *       misc/companies/corpora_linkedin_industries.json} of the shared data), as published.
 *   <li>{@code buzzwords.txt}: the distinct words of Faker's company "bs" lists ({@code
 *       fallback/faker/company_base.json}, MIT), sorted.
 * </ul>
 */
public final class Commerce {
  /** Materials by group, each group a family that products of one kind are made of. */
  static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

  static {
    group("shirting", "cotton", "linen", "silk", "chambray", "flannel", "oxford", "seersucker");
    group("knit", "wool", "cashmere", "cotton", "mohair", "alpaca", "fleece", "jersey");
    group("suiting", "wool", "tweed", "linen", "cotton", "corduroy", "gabardine", "twill");
    group("dressy", "silk", "satin", "chiffon", "velvet", "linen", "lace", "organza");
    group("outerwear", "wool", "leather", "suede", "nylon", "tweed", "denim", "canvas", "fleece");
    group("denim", "denim");
    group("leather", "leather", "suede");
    group("footwear", "leather", "suede", "canvas", "rubber");
    group("upholstery", "velvet", "linen", "leather", "cotton", "wool", "corduroy", "chenille");
    group("household", "cotton", "linen", "wool", "silk", "jute", "bamboo");
    group("wood", "oak", "walnut", "maple", "pine", "teak", "cherry", "birch", "bamboo");
    group(
        "metal", "steel", "stainless steel", "aluminum", "copper", "brass", "bronze", "iron",
        "pewter");
    group("cookware", "stainless steel", "cast iron", "copper", "aluminum");
    group("precious", "gold", "silver", "platinum", "titanium");
    group("tool", "steel", "stainless steel", "titanium", "aluminum");
    group("stone", "marble", "granite", "slate", "soapstone", "limestone", "concrete");
    group("glass", "glass");
    group("ceramic", "ceramic", "porcelain", "terracotta", "clay");
    group("plastic", "plastic", "acrylic", "silicone");
    group("appliance", "stainless steel", "aluminum", "plastic");
    group("paper", "paper");
  }

  /** Materials the corpora lists lack, added by hand. */
  static final Set<String> EDITORIAL_MATERIALS =
      Set.of(
          "oak", "walnut", "maple", "pine", "teak", "cherry", "birch", "leather", "suede",
          "stainless steel", "cast iron", "ceramic", "porcelain", "silicone", "rubber", "fleece");

  /** Products (corpora nouns) and the groups of materials they are made of; editorial. */
  static final String[] PRODUCTS = {
    // clothing
    "shirt: shirting",
    "t-shirt: shirting",
    "blouse: shirting dressy",
    "dress: dressy shirting",
    "skirt: dressy suiting",
    "jacket: outerwear",
    "coat: outerwear",
    "raincoat: outerwear",
    "blazer: suiting",
    "cardigan: knit",
    "sweater: knit",
    "sweatshirt: knit",
    "scarf: knit dressy",
    "shawl: knit dressy",
    "hat: suiting knit",
    "cap: suiting knit",
    "tie: dressy",
    "bow tie: dressy",
    "robe: knit dressy",
    "jeans: denim",
    "shorts: suiting denim",
    "trousers: suiting",
    "pants: suiting",
    "socks: knit",
    "vest: suiting knit",
    "waistcoat: suiting",
    "poncho: knit",
    "kilt: suiting",
    "gloves: leather knit",
    "belt: leather",
    "boots: footwear",
    "shoes: footwear",
    "sandals: leather",
    "slippers: knit leather",
    // bags and accessories
    "wallet: leather",
    "purse: leather dressy",
    "briefcase: leather",
    "bag: leather",
    "wristwatch: precious leather",
    "watch: precious leather",
    "ring: precious",
    "bracelet: precious leather",
    "locket: precious",
    // furniture and home
    "chair: wood metal plastic",
    "table: wood metal glass stone",
    "desk: wood metal",
    "bed: wood metal",
    "sofa: upholstery",
    "couch: upholstery",
    "cabinet: wood metal",
    "chest: wood",
    "trunk: wood leather",
    "drawer: wood",
    "lamp: metal glass ceramic wood",
    "lamp shade: household paper",
    "clock: wood metal glass",
    "mirror: wood metal",
    "picture frame: wood metal",
    "candlestick: metal glass ceramic",
    "vase: glass ceramic stone metal",
    "pillow: upholstery",
    "quilt: household",
    "rug: household",
    "towel: household",
    "washcloth: household",
    "tray: wood metal plastic",
    "box: wood metal paper",
    "jar: glass ceramic",
    "bottle: glass metal plastic",
    "water bottle: metal plastic glass",
    "bucket: metal plastic",
    "pail: metal plastic",
    "umbrella: outerwear",
    // kitchen
    "bowl: wood ceramic glass metal stone",
    "plate: ceramic metal wood glass",
    "mug: ceramic metal glass",
    "cup: ceramic metal glass",
    "tea pot: ceramic metal glass",
    "coffee pot: ceramic metal glass",
    "wine glass: glass",
    "spoon: metal wood",
    "fork: metal wood",
    "kitchen knife: tool",
    "ladle: metal wood",
    "spatula: wood metal plastic",
    "rolling pin: wood stone",
    "frying pan: cookware",
    "salt shaker: glass ceramic metal wood",
    "pepper shaker: glass ceramic metal wood",
    "cookie jar: ceramic glass",
    // desk, tools and gadgets
    "keyboard: metal plastic wood",
    "mouse pad: leather plastic",
    "pen: metal plastic wood",
    "pencil holder: wood metal ceramic",
    "notebook: paper leather",
    "bookmark: leather metal paper",
    "pocketknife: tool",
    "hammer: tool",
    "wrench: tool",
    "screwdriver: tool",
    "shovel: tool",
    "garden spade: tool",
    "flashlight: metal plastic",
    "speakers: wood metal plastic",
    "helmet: plastic metal",
    // appliances
    "toaster: appliance",
    "kettle: appliance glass",
    "coffeemaker: appliance",
    "espresso machine: appliance",
    "microwave oven: appliance",
    "refrigerator: appliance",
    "dishwasher: appliance",
    "rice cooker: appliance",
    "slow cooker: appliance ceramic",
    "pressure cooker: appliance",
    "air fryer: appliance",
    "waffle iron: cookware",
    "toaster oven: appliance",
    "hair dryer: plastic",
    "humidifier: plastic ceramic",
    "ceiling fan: wood metal",
    "vacuum cleaner: appliance",
    "sewing machine: metal plastic",
    "barbecue: cookware",
    "patio heater: appliance",
  };

  /** Adjectives of product names; editorial. */
  static final String[] ADJECTIVES = {
    "Artisan", "Classic", "Compact", "Contemporary", "Deluxe", "Durable", "Elegant", "Ergonomic",
    "Essential", "Everyday", "Handcrafted", "Handmade", "Heavy-Duty", "Heritage", "Lightweight",
    "Luxury", "Minimalist", "Modern", "Portable", "Practical", "Premium", "Recycled", "Refined",
    "Rustic", "Signature", "Simple", "Sleek", "Sturdy", "Timeless", "Vintage",
  };

  /** Store departments; editorial. */
  static final String[] DEPARTMENTS = {
    "Appliances", "Arts & Crafts", "Automotive", "Baby", "Beauty", "Books", "Clothing",
    "Computers", "Electronics", "Furniture", "Garden", "Grocery", "Health", "Home", "Jewelry",
    "Kitchen", "Movies", "Music", "Office Supplies", "Outdoors", "Pet Supplies", "Shoes",
    "Sports", "Tools", "Toys", "Video Games",
  };

  /** Words of promotion codes; editorial. */
  static final String[] PROMOTION_WORDS = {
    "AUTUMN", "BONUS", "CYBER", "DEAL", "EXTRA", "FALL", "FLASH", "FRIENDS", "GIFT", "HELLO",
    "HOLIDAY", "MEMBER", "NEWYEAR", "OFFER", "SALE", "SAVE", "SPRING", "SUMMER", "THANKS", "TREAT",
    "VIP", "WEEKEND", "WELCOME", "WINTER",
  };

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Path corpora = Path.of(args[1]);
    Path out = Path.of(args[2], "en_US");
    Files.createDirectories(out);

    Set<String> nouns = new TreeSet<>();
    nouns.addAll(strings(corpora.resolve("objects/objects.json"), "objects"));
    nouns.addAll(strings(corpora.resolve("objects/clothing.json"), "clothes"));
    nouns.addAll(strings(corpora.resolve("technology/appliances.json"), "appliances"));
    nouns.addAll(strings(corpora.resolve("objects/containers.json"), "containers"));
    Set<String> materials = new TreeSet<>();
    materials.addAll(strings(corpora.resolve("materials/fabrics.json"), "fabrics"));
    materials.addAll(strings(corpora.resolve("materials/layperson-metals.json"), "layperson metals"));
    materials.addAll(strings(corpora.resolve("materials/metals.json"), "metals"));
    materials.addAll(
        strings(corpora.resolve("materials/building-materials.json"), "building materials"));
    materials.addAll(
        strings(corpora.resolve("materials/sculpture-materials.json"), "sculpture materials"));
    materials.addAll(
        strings(corpora.resolve("materials/natural-materials.json"), "natural materials"));
    materials.addAll(
        strings(corpora.resolve("materials/decorative-stones.json"), "decorative stones"));

    Set<String> allMaterials = new TreeSet<>();
    for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
      for (String material : group.getValue()) {
        if (!materials.contains(material) && !EDITORIAL_MATERIALS.contains(material)) {
          throw new IllegalStateException(
              "material '" + material + "' of group " + group.getKey() + " is in no corpora list");
        }
        allMaterials.add(titleCase(material));
      }
    }
    List<String> products = new ArrayList<>();
    for (String line : PRODUCTS) {
      String noun = line.substring(0, line.indexOf(':'));
      if (!nouns.contains(noun)) {
        throw new IllegalStateException("product '" + noun + "' is in no corpora list");
      }
      Set<String> made = new LinkedHashSet<>();
      for (String group : line.substring(line.indexOf(':') + 1).trim().split(" ")) {
        List<String> members = GROUPS.get(group);
        if (members == null) {
          throw new IllegalStateException("unknown group " + group + " of " + noun);
        }
        for (String m : members) {
          made.add(titleCase(m));
        }
      }
      products.add(titleCase(noun) + ";" + String.join("|", made));
    }
    writeList(out.resolve("products.txt"), products);
    writeList(out.resolve("materials.txt"), allMaterials);
    writeList(out.resolve("product_adjectives.txt"), List.of(ADJECTIVES));
    writeList(out.resolve("departments.txt"), List.of(DEPARTMENTS));
    writeList(out.resolve("promotion_words.txt"), List.of(PROMOTION_WORDS));

    writeList(
        out.resolve("industries.txt"),
        strings(shared.resolve("misc/companies/corpora_linkedin_industries.json"), "industries"));
    Set<String> buzzwords = new TreeSet<>();
    Map<?, ?> faker = (Map<?, ?>) Json.parse(read(shared.resolve("fallback/faker/company_base.json")));
    for (Object list : (List<?>) faker.get("bsWords")) {
      for (Object word : (List<?>) list) {
        buzzwords.add((String) word);
      }
    }
    writeList(out.resolve("buzzwords.txt"), buzzwords);
  }

  private static void group(String name, String... materials) {
    GROUPS.put(name, List.of(materials));
  }

  /** "stainless steel" to "Stainless Steel", "t-shirt" to "T-Shirt". */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean up = true;
    for (char c : s.toCharArray()) {
      sb.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ' || c == '-';
    }
    return sb.toString();
  }

  static List<String> strings(Path file, String key) throws IOException {
    Map<?, ?> map = (Map<?, ?>) Json.parse(read(file));
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) map.get(key)) {
      out.add(((String) o).strip());
    }
    return out;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static void writeList(Path dst, Collection<String> values) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (v.isEmpty() || v.contains("\t") || v.contains("\n")) {
        throw new IllegalStateException("bad value '" + v + "'");
      }
      sb.append(v).append('\n');
    }
    Files.writeString(dst, sb, StandardCharsets.UTF_8);
    System.out.println(dst + ": " + values.size() + " rows");
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

