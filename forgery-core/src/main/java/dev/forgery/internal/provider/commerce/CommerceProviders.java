package dev.forgery.internal.provider.commerce;

import dev.forgery.internal.registry.Args;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Param;
import dev.forgery.internal.registry.ProviderDef;
import java.math.BigDecimal;
import java.util.List;

/**
 * The definitions of the providers of products, departments, materials, prices and promotion codes;
 * the draws are in {@link Commerce} and {@link Prices}.
 */
public final class CommerceProviders {
  private CommerceProviders() {}

  /** Default lowest price. */
  static final double PRICE_MIN = 1.00;

  /** Default highest price. */
  static final double PRICE_MAX = 1000.00;

  /** Every provider of this domain. */
  public static final List<ProviderDef> ALL =
      List.of(
          ProviderDef.define(
                  "productName", String.class, "a product name such as \"Rustic Oak Table\"")
              .aliases("product", "productTitle", "itemName")
              .draws(locale -> Generator.of(String.class, Commerce.of(locale)::productName, null)),
          ProviderDef.define("department", String.class, "a store department such as \"Garden\"")
              .aliases("departmentName", "dept")
              .draws(
                  locale -> {
                    Commerce commerce = Commerce.of(locale);
                    return Generator.of(
                        String.class, commerce::department, null, commerce.departments());
                  }),
          ProviderDef.define("material", String.class, "a material such as \"Stainless Steel\"")
              .aliases("productMaterial")
              .draws(
                  locale -> {
                    Commerce commerce = Commerce.of(locale);
                    return Generator.of(
                        String.class, commerce::material, null, commerce.materials());
                  }),
          ProviderDef.define(
                  "price", BigDecimal.class, "a price of scale 2 with retail endings (x.99)")
              .aliases("unitPrice", "listPrice", "amount", "cost")
              .params(
                  new Param("min", "number 0.." + Prices.MAX, "1.00"),
                  new Param("max", "number 0.." + Prices.MAX, "1000.00"))
              .binds(CommerceProviders::prices),
          ProviderDef.define("promotionCode", String.class, "a promotion code such as \"SPRING25\"")
              .aliases("promoCode", "couponCode", "discountCode", "voucherCode", "coupon")
              .draws(
                  locale -> Generator.of(String.class, Commerce.of(locale)::promotionCode, null)));

  private static Generator prices(String locale, Args args) {
    args.expect(0, 2);
    double min = args.real(0, PRICE_MIN);
    double max = args.real(1, PRICE_MAX);
    if (min < 0) {
      throw args.fail("min must be >= 0 (a price is not negative), got " + min);
    }
    if (max > Prices.MAX) {
      throw args.fail("max must be at most " + Prices.MAX + ", got " + max);
    }
    if (min > max) {
      throw args.fail("min must be <= max, got min=" + min + " and max=" + max);
    }
    Prices prices = Prices.range(min, max);
    if (prices == null) {
      throw args.fail(
          "no price in whole cents lies in [min, max], got min=" + min + " and max=" + max);
    }
    return prices;
  }
}
