/// `xml/doctype`: the document has a document type declaration, which egovarch refuses.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public enum DoctypeRule {
  /// The rule's description.
  public static let description = RuleDescription(
    id: "xml/doctype", defaultSeverity: .error,
    summary: LocalizedText(
      en: "document type declarations are not allowed",
      vi: "không cho phép khai báo kiểu tài liệu (DOCTYPE)"),
    rationale: LocalizedText(
      en: "a DOCTYPE can declare external entities and entity bombs; models never need one",
      vi: "DOCTYPE có thể khai báo thực thể ngoài và bom thực thể; mô hình không bao giờ cần nó"),
    details: LocalizedText(
      en: """
        Reported by the loader while it parses, for any document type declaration (`<!DOCTYPE …>`), at \
        the declaration. Nothing in it is loaded or expanded: no DTD, no entity. The document is then \
        treated as unreadable, so no other rule runs on it.
        """,
      vi: """
        Bộ nạp báo khi phân tích tài liệu, với mọi khai báo kiểu tài liệu (`<!DOCTYPE …>`), tại chính \
        khai báo đó. Không nội dung nào trong khai báo được nạp hay mở rộng: không DTD, không thực thể. \
        Tài liệu khi đó được coi là không đọc được, nên không quy tắc nào khác chạy trên nó.
        """),
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        ↓<!DOCTYPE architecture [<!ENTITY x "y">]>
        <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
          <components/>
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
