import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes en_US {@code area_codes.txt}: the geographic US area codes (NPAs), one per line, sorted.
 *
 * <p>No table of assigned NPAs is in the shared data, so the list is taken from the numbering-plan
 * metadata of Google's libphonenumber (Apache License 2.0), which tracks NANPA assignments: an NPA
 * is kept when {@code NPA-555-0100} is valid for region US and is a geographic number
 * (fixed line or mobile), so toll-free (8XX), premium (900) and personal (5XX) codes and the
 * Canadian and Caribbean NPAs are left out.
 *
 * <p>Usage: {@code java -cp libphonenumber-<version>.jar tools/data/AreaCodes.java <resources-dir>}
 */
public final class AreaCodes {
  public static void main(String[] args) throws IOException {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    StringBuilder sb = new StringBuilder();
    int count = 0;
    for (int npa = 200; npa <= 999; npa++) {
      PhoneNumber number = new PhoneNumber().setCountryCode(1).setNationalNumber(npa * 10_000_000L + 5_550_100L);
      PhoneNumber last = new PhoneNumber().setCountryCode(1).setNationalNumber(npa * 10_000_000L + 5_550_199L);
      if (util.isValidNumberForRegion(number, "US")
          && util.isValidNumberForRegion(last, "US")
          && util.getNumberType(number) == PhoneNumberType.FIXED_LINE_OR_MOBILE) {
        sb.append(npa).append('\n');
        count++;
      }
    }
    Files.writeString(Path.of(args[0], "en_US", "area_codes.txt"), sb, StandardCharsets.UTF_8);
    System.out.println("area_codes.txt: " + count + " NPAs");
  }
}
