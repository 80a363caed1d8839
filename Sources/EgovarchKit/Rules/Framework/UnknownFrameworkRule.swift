/// `framework/unknown-framework`: the model names a framework egovarch does not know.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnknownFrameworkRule: Rule {
  public static let description = RuleDescription(
    id: "framework/unknown-framework", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the model names a framework that is neither built in nor given as a file",
      vi: "mô hình chỉ định một khung kiến trúc không có sẵn và không được cung cấp bằng tệp"),
    rationale: LocalizedText(
      en: "required components and links, and the catalogue of kinds, come from the framework",
      vi: "các thành phần, liên kết bắt buộc và danh mục loại thành phần đều lấy từ khung kiến trúc"),
    details: LocalizedText(
      en: """
        Reported at the `architecture` element when its `framework` is not a built-in framework (`1.0`, \
        `2.0`, `3.0`) and the run chooses no framework. A framework chosen with `--framework` (a \
        built-in id or a framework file), or with `framework` in `.egovarch.yml`, replaces the model's own, and then \
        this rule does not report. Without a framework, the other framework rules and the framework's \
        roadmap advice (`roadmap/foundation-late`, the number of phases in `roadmap/phase-sequence`) do \
        not run.
        """,
      vi: """
        Báo tại phần tử `architecture` khi thuộc tính `framework` không phải khung kiến trúc có sẵn \
        (`1.0`, `2.0`, `3.0`) và lần chạy không chỉ định khung kiến trúc nào. Khung kiến trúc chỉ định \
        bằng `--framework` (mã khung có sẵn hoặc tệp khung kiến trúc), hoặc bằng khóa `framework` trong \
        `.egovarch.yml`, thay cho khung của mô hình, và khi đó quy tắc này không báo. Khi không có khung \
        kiến trúc, các quy tắc khung kiến trúc khác và khuyến nghị lộ trình của khung \
        (`roadmap/foundation-late`, số giai đoạn trong `roadmap/phase-sequence`) không chạy.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="4.0">
          <components/>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="1.0">
          <components/>
        </architecture>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.framework == nil else { return [] }
    let id = context.architecture.framework
    let known = BuiltInFrameworks.all.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
    return [
      RuleViolation(
        message: LocalizedText(
          en: "framework '\(id)' is not known: use \(known), or give its file with --framework",
          vi: "không biết khung kiến trúc '\(id)': dùng \(known), hoặc cung cấp tệp bằng --framework"),
        position: context.architecture.position, related: [id])
    ]
  }
}
