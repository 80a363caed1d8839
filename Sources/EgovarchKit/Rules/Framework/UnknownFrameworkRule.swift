/// `framework/unknown-framework`: the model names a framework egovarch does not know.
///
/// The built-in frameworks are `1.0` and `2.0`; another id needs its framework file on the
/// command line (`--framework FILE`). Without a framework, the framework rules cannot run.
public struct UnknownFrameworkRule: Rule {
  public static let description = RuleDescription(
    id: "framework/unknown-framework", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the model names a framework that is neither built in nor given as a file",
      vi: "mô hình chỉ định một khung kiến trúc không có sẵn và không được cung cấp bằng tệp"),
    rationale: LocalizedText(
      en: "required components and links, and the catalogue of kinds, come from the framework",
      vi: "các thành phần, liên kết bắt buộc và danh mục loại thành phần đều lấy từ khung kiến trúc"),
    triggeringExamples: [
      """
      <?xml version="1.0" encoding="UTF-8"?>
      ↓<architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="3.0">
        <components/>
      </architecture>
      """
    ],
    nonTriggeringExamples: [
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="1.0">
        <components/>
      </architecture>
      """
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
