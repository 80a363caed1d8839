/// `xml/malformed`: the file is not a well-formed UTF-8 XML document.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
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
    details: LocalizedText(
      en: """
        Reported by the loader, before any other rule: an empty file, a compressed or binary file, a \
        file in another encoding than UTF-8, or XML that libxml2 cannot parse. The finding is at the \
        line and column where reading stopped, with libxml2's message made readable. No other rule runs \
        on the file.
        """,
      vi: """
        Bộ nạp báo trước mọi quy tắc khác: tệp rỗng, tệp nén hoặc tệp nhị phân, tệp không mã hóa UTF-8, \
        hoặc XML mà libxml2 không phân tích được. Phát hiện chỉ tới dòng và cột nơi việc đọc dừng lại, \
        kèm thông báo của libxml2 đã được viết lại cho dễ đọc. Không quy tắc nào khác chạy trên tệp.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
          <components>
            <component id=↓lgsp kind="lgsp" name="A"/>
          </components>
        </architecture>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
          <components/>
        </architecture>
        """)
    ])
}
