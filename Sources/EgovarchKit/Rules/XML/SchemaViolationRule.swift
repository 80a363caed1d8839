/// `xml/schema`: the document is well-formed but breaks the format's schema.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
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
    details: LocalizedText(
      en: """
        Reported by the loader, which validates every well-formed document against \
        `schemas/egovarch.xsd` (compiled into egovarch) while it parses: unknown elements or attributes, \
        missing required ones, values outside their lists or types (a status, a layer, a date, a \
        number). Each finding is at the element the schema rejects, with libxml2's message. A model that \
        breaks the schema is checked only by the structural rules (`model/duplicate-id`, \
        `model/unresolved-reference`, `graph/cycle`, `graph/self-dependency`); the others would read the \
        defaults put in place of the rejected values.
        """,
      vi: """
        Bộ nạp kiểm tra mọi tài liệu XML hợp lệ theo `schemas/egovarch.xsd` (được biên dịch sẵn trong \
        egovarch) ngay khi phân tích: phần tử hoặc thuộc tính không xác định, thiếu phần tử hoặc thuộc \
        tính bắt buộc, giá trị nằm ngoài danh sách hoặc sai kiểu (trạng thái, phân lớp, ngày, số). Mỗi \
        phát hiện chỉ tới phần tử bị lược đồ từ chối, kèm thông báo của libxml2. Mô hình sai lược đồ chỉ \
        được kiểm tra bằng các quy tắc cấu trúc (`model/duplicate-id`, `model/unresolved-reference`, \
        `graph/cycle`, `graph/self-dependency`); các quy tắc còn lại sẽ phải dùng giá trị mặc định thay \
        cho những giá trị bị từ chối.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          ↓<component id="a" kind="lgsp" name="A" status="done"/>
        </components>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="a" kind="lgsp" name="A" status="existing"/>
        </components>
        """)
    ])
}
