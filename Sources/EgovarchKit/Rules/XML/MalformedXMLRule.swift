/// `xml/malformed`: the file is not a well-formed UTF-8 XML document.
///
/// Reported by the loader, before any other rule: an empty file, a compressed or binary file,
/// a file in another encoding than UTF-8, or XML that libxml2 cannot parse. The message is
/// libxml2's, made readable, at the line and column where the parser stopped.
public enum MalformedXMLRule {
  /// The rule's description.
  public static let description = RuleDescription(
    id: "xml/malformed", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the file is not a well-formed UTF-8 XML document",
      vi: "tệp không phải là tài liệu XML UTF-8 hợp lệ"),
    rationale: LocalizedText(
      en: "nothing else can be checked until the file parses; models are UTF-8 XML by contract",
      vi: "không thể kiểm tra gì thêm khi tệp chưa phân tích được; mô hình phải là XML UTF-8"),
    triggeringExamples: [
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <components>
          <component id=↓lgsp kind="lgsp" name="A"/>
        </components>
      </architecture>
      """
    ],
    nonTriggeringExamples: [
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <components/>
      </architecture>
      """
    ])
}
