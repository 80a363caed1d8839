/// Model documents for the tests: a header for small documents, a complete clean model and
/// generated ones (the format document's example is `FormatExample` of `EgovarchTestSupport`).
enum ModelSource {
  /// The XML declaration and the root start tag: lines 1 and 2 of every `document(_:)`.
  ///
  /// The model is dated the last day of framework 2.0, so that what it is told does not change
  /// with the calendar.
  static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="test" province="Thử nghiệm" framework="2.0" asOf="2023-12-28">

    """

  /// A document made of `header`, then `body` (from line 3 on), then the root end tag.
  static func document(_ body: String) -> String {
    header + body + (body.hasSuffix("\n") || body.isEmpty ? "" : "\n") + "</architecture>\n"
  }

  /// `complete` with `count` more components `c0`, `c1`, …, one per line starting at
  /// `completeInsertionLine`, each depending on the ids that `dependencies` gives for its index.
  ///
  /// They are existing sectoral applications, a kind the framework neither requires nor links,
  /// so that the graph and reference rules are the only ones that can speak about them.
  static func components(count: Int, dependencies: (Int) -> [String]) -> String {
    var extra = ""
    extra.reserveCapacity(count * 120)
    for index in 0..<count {
      let references = dependencies(index).map { #"<dependsOn ref="\#($0)"/>"# }.joined()
      extra +=
        #"    <component id="c\#(index)" kind="sector-application" name="C\#(index)" status="existing">"#
        + references + "</component>\n"
    }
    return complete(components: extra)
  }

  /// A complete, consistent framework-2.0 model on which egovarch reports nothing at all.
  ///
  /// Every component kind that `schemas/frameworks/2.0.xml` requires is there and existing, with
  /// every required link: the LGSP to `national:ngsp`; the one-stop-shop to the LGSP and, through
  /// it, to the National Public Service Portal (it depends on both); eOffice to the national
  /// document axis; the reporting system to the LGSP and the Government reporting system; the SOC
  /// to the NCSC. The roadmap has the three phases the framework advises, the infrastructure and
  /// integration tasks in phase 1, every task done before `asOf` (2023-12-28, the last day of framework 2.0); the indicators are
  /// met. Components start at line `completeInsertionLine`; the file has no `<suppressions>`.
  static let complete = complete()

  /// The line of `complete` at which `complete(components:suppressions:)` inserts components.
  static let completeInsertionLine = 8

  /// `complete` with `components` (whole lines) inserted at the start of `<components>`, from
  /// line `completeInsertionLine` on, and `suppressions` (the content of a `<suppressions>`
  /// element) at the end of the document.
  static func complete(components extra: String = "", suppressions: String = "") -> String {
    let suppressionElement =
      suppressions.isEmpty ? "" : "  <suppressions>\n" + suppressions + "  </suppressions>\n"
    return completeHead + extra + completeBody + suppressionElement + "</architecture>\n"
  }

  /// `complete` up to the insertion line.
  private static let completeHead = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1"
                  id="thu-nghiem" province="Thử Nghiệm" framework="2.0" edition="2.0"
                  decision="100/QĐ-UBND" approved="2020-03-02" asOf="2023-12-28">
      <title>Kiến trúc Chính quyền điện tử tỉnh Thử Nghiệm, phiên bản 2.0</title>

      <components>

    """

  /// `complete` from the insertion line to the end of the indicators.
  private static let completeBody = """
        <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="existing"/>
        <component id="lgsp" kind="lgsp" name="Nền tảng tích hợp, chia sẻ dữ liệu tỉnh" status="existing">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="security" kind="security-system" name="Hệ thống bảo đảm an toàn thông tin" status="existing">
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="soc" kind="soc" name="Trung tâm giám sát an toàn thông tin (SOC)" status="existing">
          <dependsOn ref="national:ncsc" type="security"/>
          <dependsOn ref="security" type="security"/>
        </component>
        <component id="signature" kind="digital-signature" name="Chữ ký số chuyên dùng" status="existing"/>
        <component id="email" kind="email" name="Thư điện tử công vụ" status="existing">
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="portal" kind="web-portal" name="Cổng thông tin điện tử tỉnh" status="existing">
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="one-stop" kind="one-stop-shop" name="Hệ thống thông tin một cửa điện tử" status="existing">
          <dependsOn ref="lgsp" type="integration"/>
          <dependsOn ref="national:national-public-service-portal" type="integration"/>
          <dependsOn ref="signature" type="security"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="dvc-portal" kind="public-service-portal" name="Cổng dịch vụ công tỉnh" status="existing">
          <dependsOn ref="one-stop" type="integration"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="eoffice" kind="eoffice" name="Hệ thống quản lý văn bản và điều hành" status="existing">
          <dependsOn ref="national:national-document-axis" type="integration"/>
          <dependsOn ref="signature" type="security"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="reporting" kind="reporting-system" name="Hệ thống thông tin báo cáo tỉnh" status="existing">
          <dependsOn ref="lgsp" type="integration"/>
          <dependsOn ref="national:government-reporting-system" type="integration"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
      </components>

      <roadmap until="2025">
        <phase number="1" start="2020" title="Hạ tầng và nền tảng">
          <task action="upgrade" component="data-centre" status="done"/>
          <task action="upgrade" component="lgsp" status="done"/>
          <task action="upgrade" component="security" status="done"/>
        </phase>
        <phase number="2" start="2022" title="Ứng dụng">
          <task action="upgrade" component="one-stop" status="done"/>
          <task action="upgrade" component="eoffice" status="done"/>
          <task action="upgrade" component="reporting" status="done"/>
        </phase>
        <phase number="3" start="2024" title="Vận hành">
          <task action="operate" component="soc" status="done"/>
          <task action="train" status="done">Đào tạo cán bộ</task>
        </phase>
      </roadmap>

      <indicators>
        <indicator id="dvc-level4" name="Tỷ lệ DVC trực tuyến mức độ 4" unit="percent"
                   direction="at-least" target="30" actual="52" deadline="2021-12-31"
                   source="17/NQ-CP" component="one-stop"/>
        <indicator id="e-documents" name="Tỷ lệ văn bản điện tử" unit="percent"
                   direction="at-least" target="90" actual="97" deadline="2023-12-31"
                   source="17/NQ-CP" component="eoffice"/>
      </indicators>

    """
}
