/// The format document's example, held once for the tests and the fuzzer.
public enum FormatExample {
  /// The complete small example of `docs/model-format.md` (Điện Biên, framework 1.0).
  ///
  /// It is exactly as the document prints it (a test of `EgovarchCLITests` compares them):
  /// well-formed and schema-valid, but not clean against framework 1.0.
  public static let text = """
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
