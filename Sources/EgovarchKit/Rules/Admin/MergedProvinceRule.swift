/// `admin/merged-province`: the model's province is one of the provinces that, on 2025-07-01,
/// became part of a provincial-level unit with another name.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example. The map and its sources are in
/// `ProvincialMap2025`.
public struct MergedProvinceRule: Rule {
  public static let description = RuleDescription(
    id: "admin/merged-province", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "the model's province is no longer a provincial-level unit: it became part of another on 2025-07-01",
      vi:
        "tỉnh của mô hình không còn là đơn vị hành chính cấp tỉnh: đã trở thành một phần của đơn vị khác từ ngày 2025-07-01"
    ),
    rationale: LocalizedText(
      en:
        "from 1 July 2025 Vietnam has 34 provincial-level units; the systems of a merged province are planned, run and connected by the unit it became part of, so an architecture of the old province describes what no authority owns any more",
      vi:
        "từ ngày 1/7/2025 cả nước có 34 đơn vị hành chính cấp tỉnh; các hệ thống của tỉnh đã hợp nhất do đơn vị mới quy hoạch, vận hành và kết nối, nên kiến trúc của tỉnh cũ mô tả những hệ thống không còn chính quyền nào làm chủ"
    ),
    details: LocalizedText(
      en: """
        When the validation date (`--as-of`, the model's `asOf`, else today) is 2025-07-01 or later, \
        one finding at the `architecture` element when its `province` names one of the 29 former \
        provinces whose name no longer names a provincial-level unit: of the 52 provinces and cities \
        merged into 23 new units, those whose name the new unit did not keep (Bình Dương, Long An, \
        Quảng Nam, Bắc Giang, Hậu Giang, …). The finding names the unit the province became part of, \
        with the National Assembly's resolution of 12/06/2025.

        The 34 units of the new map (the 11 left unchanged, such as Điện Biên and Lạng Sơn, and the 23 \
        new ones, such as Tây Ninh and Hồ Chí Minh) are not reported, nor a name that is none of \
        the 63 of the earlier map. Before 2025-07-01 the earlier map holds and nothing is reported.

        Names are compared as people write them: in NFC or NFD, in any case, with or without `tỉnh`, \
        `thành phố`, `TP` or `TP.` in front, with or without diacritics, with the tone mark on either \
        vowel (`Hòa Bình`, `Hoà Bình`), with any dash (`Bà Rịa - Vũng Tàu`, `Bà Rịa–Vũng Tàu`) and \
        with the usual other spellings (`Bắc Cạn`, `Thừa Thiên Huế`, `TP.HCM`).
        """,
      vi: """
        Khi ngày đánh giá (`--as-of`, thuộc tính `asOf` của mô hình, nếu không có thì ngày hiện tại) \
        từ 2025-07-01 trở đi, báo một phát hiện tại phần tử `architecture` khi thuộc tính `province` \
        là một trong 29 tỉnh cũ mà tên không còn là tên đơn vị hành chính cấp tỉnh: trong 52 tỉnh, \
        thành phố được hợp nhất thành 23 đơn vị mới, là những tỉnh mà đơn vị mới không giữ tên (Bình \
        Dương, Long An, Quảng Nam, Bắc Giang, Hậu Giang, …). Phát hiện nêu đơn vị mà tỉnh đã trở thành \
        một phần, kèm nghị quyết ngày 12/06/2025 của Quốc hội.

        34 đơn vị của bản đồ mới (11 đơn vị giữ nguyên như Điện Biên, Lạng Sơn, và 23 đơn vị mới như \
        Tây Ninh, Thành phố Hồ Chí Minh) không bị báo, tên không thuộc 63 đơn vị của bản đồ cũ cũng \
        vậy. Trước ngày 2025-07-01, bản đồ cũ vẫn áp dụng và không có gì bị báo.

        Tên được so sánh theo cách người viết thường dùng: dạng NFC hoặc NFD, chữ hoa hay thường, có \
        hoặc không có `tỉnh`, `thành phố`, `TP` hay `TP.` phía trước, có hoặc không có dấu, dấu thanh \
        đặt trên nguyên âm nào cũng được (`Hòa Bình`, `Hoà Bình`), dấu gạch nào cũng được (`Bà Rịa - \
        Vũng Tàu`, `Bà Rịa–Vũng Tàu`), và các cách viết khác thường gặp (`Bắc Cạn`, `Thừa Thiên Huế`, \
        `TP.HCM`).
        """),
    basis: ProvincialMap2025.basis.english,
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<architecture xmlns="urn:egovarch:architecture:1" id="binh-duong" province="Bình Dương" framework="2.0" asOf="2025-07-01">
          <components/>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<architecture xmlns="urn:egovarch:architecture:1" id="hoa-binh" province="tỉnh Hoà Bình" framework="2.0" asOf="2025-09-01">
          <components/>
        </architecture>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="binh-duong" province="Bình Dương" framework="2.0" asOf="2025-06-30">
          <components/>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="hcm" province="TP. Hồ Chí Minh" framework="2.0" asOf="2025-09-01">
          <components/>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="lang-son" province="Lạng Sơn" framework="2.0" asOf="2025-09-01">
          <components/>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.asOf >= ProvincialMap2025.reorganisedOn,
      let match = ProvincialMap2025.unit(formerlyNamed: context.architecture.province),
      match.former != match.unit.name
    else { return [] }
    // `related` holds ids of the model or the catalogue; the new unit is neither, so it is
    // named in the message only.
    return [
      RuleViolation(
        message: .withBasis(
          .mergedProvince(match.former, into: match.unit.title, on: ProvincialMap2025.reorganisedOn),
          ProvincialMap2025.basis),
        position: context.architecture.position)
    ]
  }
}

extension LocalizedText {
  fileprivate static func mergedProvince(_ former: String, into unit: LocalizedText, on date: CalendarDate) -> Self {
    let day = Vocabulary.on(date)
    return LocalizedText(
      en: "province '\(former)' became part of \(unit.english) \(day.english) and is no longer a provincial-level unit",
      vi:
        "tỉnh '\(former)' đã trở thành một phần của \(unit.vietnamese) \(day.vietnamese) và không còn là đơn vị hành chính cấp tỉnh"
    )
  }
}
