/// The provincial map of Vietnam from 2025-07-01: the 34 provincial-level units and the 63 units
/// of the earlier map each was formed from.
///
/// The National Assembly adopted the resolution on arranging provincial-level administrative
/// units on 12 June 2025, in force on adoption: 63 units became 34 (28 provinces and 6
/// centrally-run cities), and the new provincial authorities began work on 1 July 2025. The
/// date, the units and which former provinces each was formed from were seen in the reports of
/// the adoption [S] (`law-since-2019.md` §4.2, source N48). The resolution's number,
/// 202/2025/QH15, was seen only in secondary datasets [S2]: cite it as "cited as", never as the
/// only handle on the text.
///
/// - 11 units were left unchanged: Hà Nội and Huế (cities), Lai Châu, Điện Biên, Sơn La,
///   Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng.
/// - 23 units were formed from 52 former ones; each kept the name of one of them. The other 29
///   names (Bình Dương, Long An, Quảng Nam, Bắc Giang, Hậu Giang, …) no longer name a
///   provincial-level unit: those are the names `admin/merged-province` reports.
///
/// Names are Vietnamese, without `tỉnh` or `thành phố`, spelled as the state writes them
/// ("Hòa Bình", "Khánh Hòa", "Thanh Hóa", "Bà Rịa - Vũng Tàu", "Đắk Lắk", "Bắc Kạn"). Huế is
/// listed as "Huế": it had been Thừa Thiên Huế province until it became a centrally-run city
/// before the reorganisation, and writers still use the old name (a variant below). English
/// titles follow the state's own English usage: "Hanoi", "Ho Chi Minh City", "Hai Phong City",
/// "Tay Ninh province". In Vietnamese the generic noun is in lower case ("tỉnh Tây Ninh",
/// "thành phố Hải Phòng") except in "Thành phố Hồ Chí Minh", which is named after a person.
///
/// Not recorded: Đồng Nai's later change to a centrally-run city (proposed in 2026; its date
/// is unverified), and the commune-level arrangement (34 resolutions of the NA Standing
/// Committee of 16 June 2025), which a provincial model does not name.
///
/// How written names are matched to this table is in `ProvincialMap2025+Lookup.swift`.
public enum ProvincialMap2025 {
  /// The day the new provincial authorities began work: 1 July 2025 [S].
  public static let reorganisedOn = CalendarDate(year: 2025, month: 7, day: 1)!

  /// The basis of the map: the National Assembly's resolution of 12 June 2025.
  ///
  /// The date and the content are [S]; the number 202/2025/QH15 is [S2] (secondary datasets only), hence
  /// "cited as".
  public static let basis = LocalizedText(
    en:
      "National Assembly resolution of 12/06/2025 on arranging provincial-level administrative units, cited as 202/2025/QH15",
    vi:
      "Nghị quyết ngày 12/06/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, thường được dẫn là 202/2025/QH15"
  )

  /// The 34 units: the 11 left unchanged, then the 23 formed by merging.
  ///
  /// They are in the order of the team's brief (`law-since-2019.md` §4.2). Every name of the earlier map appears once in
  /// some `formedFrom`: 63 in all.
  public static let units: [ProvincialUnit] = [
    // Unchanged (11).
    unit("Hà Nội", en: "Hanoi", vi: "thành phố Hà Nội", city: true),
    unit("Huế", en: "Hue City", vi: "thành phố Huế", city: true),
    unit("Lai Châu", en: "Lai Chau province", vi: "tỉnh Lai Châu"),
    unit("Điện Biên", en: "Dien Bien province", vi: "tỉnh Điện Biên"),
    unit("Sơn La", en: "Son La province", vi: "tỉnh Sơn La"),
    unit("Lạng Sơn", en: "Lang Son province", vi: "tỉnh Lạng Sơn"),
    unit("Quảng Ninh", en: "Quang Ninh province", vi: "tỉnh Quảng Ninh"),
    unit("Thanh Hóa", en: "Thanh Hoa province", vi: "tỉnh Thanh Hóa"),
    unit("Nghệ An", en: "Nghe An province", vi: "tỉnh Nghệ An"),
    unit("Hà Tĩnh", en: "Ha Tinh province", vi: "tỉnh Hà Tĩnh"),
    unit("Cao Bằng", en: "Cao Bang province", vi: "tỉnh Cao Bằng"),
    // Formed by merging (23, from 52 former units).
    unit("Tuyên Quang", en: "Tuyen Quang province", vi: "tỉnh Tuyên Quang", with: ["Hà Giang"]),
    unit("Lào Cai", en: "Lao Cai province", vi: "tỉnh Lào Cai", with: ["Yên Bái"]),
    unit("Thái Nguyên", en: "Thai Nguyen province", vi: "tỉnh Thái Nguyên", with: ["Bắc Kạn"]),
    unit("Phú Thọ", en: "Phu Tho province", vi: "tỉnh Phú Thọ", with: ["Vĩnh Phúc", "Hòa Bình"]),
    unit("Bắc Ninh", en: "Bac Ninh province", vi: "tỉnh Bắc Ninh", with: ["Bắc Giang"]),
    unit("Hưng Yên", en: "Hung Yen province", vi: "tỉnh Hưng Yên", with: ["Thái Bình"]),
    unit("Hải Phòng", en: "Hai Phong City", vi: "thành phố Hải Phòng", city: true, with: ["Hải Dương"]),
    unit("Ninh Bình", en: "Ninh Binh province", vi: "tỉnh Ninh Bình", with: ["Hà Nam", "Nam Định"]),
    unit("Quảng Trị", en: "Quang Tri province", vi: "tỉnh Quảng Trị", with: ["Quảng Bình"]),
    unit("Đà Nẵng", en: "Da Nang City", vi: "thành phố Đà Nẵng", city: true, with: ["Quảng Nam"]),
    unit("Quảng Ngãi", en: "Quang Ngai province", vi: "tỉnh Quảng Ngãi", with: ["Kon Tum"]),
    unit("Gia Lai", en: "Gia Lai province", vi: "tỉnh Gia Lai", with: ["Bình Định"]),
    unit("Khánh Hòa", en: "Khanh Hoa province", vi: "tỉnh Khánh Hòa", with: ["Ninh Thuận"]),
    unit("Lâm Đồng", en: "Lam Dong province", vi: "tỉnh Lâm Đồng", with: ["Đắk Nông", "Bình Thuận"]),
    unit("Đắk Lắk", en: "Dak Lak province", vi: "tỉnh Đắk Lắk", with: ["Phú Yên"]),
    unit(
      "Hồ Chí Minh", en: "Ho Chi Minh City", vi: "Thành phố Hồ Chí Minh", city: true,
      with: ["Bình Dương", "Bà Rịa - Vũng Tàu"]),
    unit("Đồng Nai", en: "Dong Nai province", vi: "tỉnh Đồng Nai", with: ["Bình Phước"]),
    unit("Tây Ninh", en: "Tay Ninh province", vi: "tỉnh Tây Ninh", with: ["Long An"]),
    unit("Cần Thơ", en: "Can Tho City", vi: "thành phố Cần Thơ", city: true, with: ["Sóc Trăng", "Hậu Giang"]),
    unit("Vĩnh Long", en: "Vinh Long province", vi: "tỉnh Vĩnh Long", with: ["Bến Tre", "Trà Vinh"]),
    unit("Đồng Tháp", en: "Dong Thap province", vi: "tỉnh Đồng Tháp", with: ["Tiền Giang"]),
    unit("Cà Mau", en: "Ca Mau province", vi: "tỉnh Cà Mau", with: ["Bạc Liêu"]),
    unit("An Giang", en: "An Giang province", vi: "tỉnh An Giang", with: ["Kiên Giang"]),
  ]

  /// Other ways writers name units of the earlier map, each with the name it stands for.
  ///
  /// The name is spelled as in `units`. Case, `tỉnh` / `thành phố` / `TP.` prefixes, diacritics, tone-mark placement
  /// ("Hoà Bình") and dashes are handled when names are compared, so only other spellings and
  /// abbreviations are listed.
  public static let variants: KeyValuePairs<String, String> = [
    "Thừa Thiên Huế": "Huế",  // The province's name until it became a city.
    "Bắc Cạn": "Bắc Kạn",
    "Đắc Lắc": "Đắk Lắk",
    "Đắc Nông": "Đắk Nông",
    "BR-VT": "Bà Rịa - Vũng Tàu",
    "HCM": "Hồ Chí Minh",  // "TP.HCM", "TP. HCM".
    "TPHCM": "Hồ Chí Minh",
  ]

  /// A unit named `name` formed from itself and the units named `others`.
  private static func unit(
    _ name: String, en: String, vi: String, city: Bool = false, with others: [String] = []
  ) -> ProvincialUnit {
    ProvincialUnit(name: name, title: LocalizedText(en: en, vi: vi), isCity: city, formedFrom: [name] + others)
  }
}
