/// `xml/schema`: the document is well-formed but breaks the format's schema.
///
/// Reported by the loader, which validates every document against `schemas/egovarch.xsd`
/// (compiled into egovarch) while it parses: unknown elements or attributes, missing
/// required ones, values outside their lists (a status, a layer, a date).
public enum SchemaViolationRule {
  /// The rule's description.
  public static let description = RuleDescription(
    id: "xml/schema", defaultSeverity: .error,
    summary: LocalizedText(
      en: "the document breaks the architecture format's schema",
      vi: "tài liệu không tuân theo lược đồ của định dạng kiến trúc"),
    rationale: LocalizedText(
      en: "other tools and reviewers rely on the format; a misspelt attribute is silently ignored otherwise",
      vi: "các công cụ và người thẩm định dựa vào định dạng; thuộc tính viết sai sẽ bị bỏ qua nếu không báo"),
    triggeringExamples: [
      """
      <components>
        ↓<component id="a" kind="lgsp" name="A" status="done"/>
      </components>
      """
    ],
    nonTriggeringExamples: [
      """
      <components>
        <component id="a" kind="lgsp" name="A" status="existing"/>
      </components>
      """
    ])
}
