/// `xml/doctype`: the document has a document type declaration, which egovarch refuses.
///
/// Architecture models need no DTD. A DOCTYPE is where external entities (which could make a
/// validator read local files or the network) and entity-expansion bombs live, so egovarch
/// stops at it: nothing in it is loaded or expanded.
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
    triggeringExamples: [
      """
      <?xml version="1.0" encoding="UTF-8"?>
      ↓<!DOCTYPE architecture [<!ENTITY x "y">]>
      <architecture xmlns="urn:egovarch:architecture:1" id="x" province="X" framework="2.0">
        <components/>
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
