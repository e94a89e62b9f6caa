import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes en_US {@code free_email_domains.txt} and {@code email_domains.txt}.
 *
 * <p>Free-mail weights approximate the US consumer mailbox market (Gmail far ahead, then Yahoo,
 * Microsoft's domains, AOL, iCloud and ISP mail); they are an editorial estimate, not a measured
 * table. {@code email_domains} puts 70% of the weight on those and 30% on personal or small
 * business domains built from the 400 most common surnames, as Faker does.
 *
 * <p>Usage: {@code java tools/data/EmailDomains.java <resources-dir>} (after Names.java)
 */
public final class EmailDomains {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0], "en_US");
    Map<String, Integer> free = new LinkedHashMap<>();
    free.put("gmail.com", 420);
    free.put("yahoo.com", 170);
    free.put("hotmail.com", 90);
    free.put("outlook.com", 70);
    free.put("aol.com", 50);
    free.put("icloud.com", 50);
    free.put("comcast.net", 30);
    free.put("msn.com", 20);
    free.put("live.com", 20);
    free.put("att.net", 15);
    free.put("verizon.net", 10);
    free.put("me.com", 10);
    free.put("ymail.com", 8);
    free.put("sbcglobal.net", 8);
    free.put("protonmail.com", 8);
    free.put("mail.com", 6);
    free.put("gmx.com", 5);
    free.put("zoho.com", 4);
    StringBuilder freeText = new StringBuilder();
    int freeTotal = 0;
    for (Map.Entry<String, Integer> e : free.entrySet()) {
      freeText.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
      freeTotal += e.getValue();
    }
    Files.writeString(out.resolve("free_email_domains.txt"), freeText, StandardCharsets.UTF_8);

    List<String> surnames = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("last_names.txt"))) {
      String name = line.substring(0, line.indexOf('\t')).toLowerCase(Locale.ROOT).replace("'", "");
      surnames.add(name);
      if (surnames.size() == 400) break;
    }
    String[] tlds = {"com", "net", "org", "biz", "info", "us"};
    int[] tldWeights = {60, 15, 10, 5, 5, 5};
    // Scale so that surname domains carry 30% of the total: free * 7 : surnames * 3.
    StringBuilder all = new StringBuilder();
    for (Map.Entry<String, Integer> e : free.entrySet()) {
      all.append(e.getKey()).append('\t').append(e.getValue() * 7L * 400 * 100).append('\n');
    }
    for (String surname : surnames) {
      for (int t = 0; t < tlds.length; t++) {
        all.append(surname).append('.').append(tlds[t]).append('\t')
            .append(3L * freeTotal * tldWeights[t]).append('\n');
      }
    }
    Files.writeString(out.resolve("email_domains.txt"), all, StandardCharsets.UTF_8);
  }
}
