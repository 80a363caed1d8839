/// Model documents for the tests: the format document's example and generated models.
enum ModelSource {
  /// The XML declaration and the root start tag: lines 1 and 2 of every `document(_:)`.
  static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="test" province="Thử nghiệm" framework="2.0">

    """

  /// A document made of `header`, then `body` (from line 3 on), then the root end tag.
  static func document(_ body: String) -> String {
    header + body + (body.hasSuffix("\n") || body.isEmpty ? "" : "\n") + "</architecture>\n"
  }

  /// A document whose `components` hold `count` components `c0`, `c1`, …, one per line
  /// starting at line 4, each depending on the ids that `dependencies` gives for its index.
  static func components(count: Int, dependencies: (Int) -> [String]) -> String {
    var body = "  <components>\n"
    body.reserveCapacity(count * 100)
    for index in 0..<count {
      let references = dependencies(index).map { #"<dependsOn ref="\#($0)"/>"# }.joined()
      body += #"    <component id="c\#(index)" kind="lgsp" name="C\#(index)">\#(references)</component>"# + "\n"
    }
    body += "  </components>\n"
    return document(body)
  }

  /// The complete small example of `model-format.md` (Điện Biên, framework 1.0): valid.
  static let formatExample = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1"
                  id="dien-bien" province="Điện Biên" framework="1.0" edition="1.0"
                  decision="1186/QĐ-UBND" approved="2018-12-19" asOf="2019-08-31">
      <title>Kiến trúc Chính quyền điện tử tỉnh Điện Biên, phiên bản 1.0</title>

      <components>
        <component id="lgsp" kind="lgsp" name="Nền tảng tích hợp, chia sẻ dữ liệu tỉnh" status="planned">
          <dependsOn ref="national:ngsp" type="integration"/>
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
        <component id="data-centre" kind="data-centre" name="Trung tâm dữ liệu tỉnh" status="planned"/>
        <component id="one-stop" kind="one-stop-shop" name="Hệ thống một cửa điện tử" status="existing">
          <dependsOn ref="lgsp" type="integration"/>
        </component>
        <component id="portal" kind="web-portal" name="Cổng thông tin điện tử tỉnh" status="existing"/>
        <component id="email" kind="email" name="Thư điện tử công vụ" status="existing"/>
        <component id="eams" kind="eams" name="Hệ thống quản lý kiến trúc (EAMS)" status="planned">
          <dependsOn ref="data-centre" type="hosting"/>
        </component>
      </components>

      <roadmap until="2025">
        <phase number="1" start="2018" title="Ứng dụng nghiệp vụ, nâng cấp cổng, LGSP">
          <task action="upgrade" component="portal" status="done"/>
          <task action="build" component="lgsp" status="in-progress" owner="Sở TT&amp;TT"/>
        </phase>
        <phase number="2" start="2020" title="Trung tâm dữ liệu, an toàn thông tin, EAMS">
          <task action="build" component="data-centre"/>
          <task action="build" component="eams"/>
        </phase>
        <phase number="3" start="2022" title="Tư vấn, đào tạo; nâng cấp thư điện tử; hạ tầng">
          <task action="train">Tư vấn và đào tạo kiến trúc</task>
          <task action="upgrade" component="email"/>
        </phase>
      </roadmap>

      <indicators>
        <indicator id="dvc-level4" name="Tỷ lệ DVC trực tuyến mức độ 4" unit="percent"
                   direction="at-least" target="30" actual="34" deadline="2020-12-31"
                   source="17/NQ-CP"/>
      </indicators>

      <suppressions>
        <suppress rule="roadmap/dependency-later" component="lgsp"
                  reason="LGSP runs on the telecom operator's cloud until the data centre is built"/>
      </suppressions>
    </architecture>

    """
}
