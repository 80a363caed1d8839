/// `graph/cycle`: components depend on each other in a circle.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct CycleRule: Rule {
  public static let description = RuleDescription(
    id: "graph/cycle", defaultSeverity: .error,
    summary: LocalizedText(
      en: "components depend on each other in a cycle",
      vi: "các thành phần phụ thuộc lẫn nhau thành vòng"),
    rationale: LocalizedText(
      en: "no component of a cycle can be delivered first, so the roadmap cannot be ordered",
      vi: "không thành phần nào trong vòng có thể triển khai trước, nên lộ trình không sắp xếp được"),
    details: LocalizedText(
      en: """
        The graph is made of the model's components and their `dependsOn` elements that name another \
        component (national systems are not in it). One finding per elementary cycle, at the component of \
        the cycle whose id sorts first, naming the components in order around it from there (the first 12 \
        spelt out), so that declaring the components in another order gives the same finding. \
        At most 100 cycles are listed for each group of components that all reach each other; when a \
        group has more, the message says so. A component that depends on itself is \
        `graph/self-dependency`'s business. The rule also runs on a model that breaks the schema.
        """,
      vi: """
        Đồ thị gồm các thành phần của mô hình và các phần tử `dependsOn` chỉ tới thành phần khác (hệ \
        thống quốc gia không thuộc đồ thị). Mỗi vòng phụ thuộc sơ cấp cho một phát hiện, tại thành phần \
        có mã đứng đầu theo thứ tự sắp xếp trong vòng, nêu các thành phần theo thứ tự quanh vòng bắt đầu từ \
        thành phần đó (tối đa 12 thành phần được nêu tên), nên khai báo các thành phần theo thứ tự khác vẫn \
        cho cùng một phát hiện. Mỗi nhóm thành phần phụ thuộc lẫn nhau được liệt kê tối đa 100 vòng; nhóm có \
        nhiều vòng hơn thì thông báo nói rõ điều đó. Thành phần phụ thuộc vào chính nó thuộc quy tắc \
        `graph/self-dependency`. Quy tắc này vẫn chạy trên mô hình sai lược đồ.
        """),
    triggeringExamples: [
      Example(
        """
        <components>
          ↓<component id="a" kind="lgsp" name="A"><dependsOn ref="b"/></component>
          <component id="b" kind="data-centre" name="B"><dependsOn ref="c"/></component>
          <component id="c" kind="soc" name="C"><dependsOn ref="a"/></component>
        </components>
        """),
      Example(
        """
        <components>
          ↓<component id="a" kind="lgsp" name="A"><dependsOn ref="b"/></component>
          <component id="b" kind="data-centre" name="B"><dependsOn ref="a"/></component>
          ↓<component id="c" kind="soc" name="C"><dependsOn ref="d"/></component>
          <component id="d" kind="eams" name="D"><dependsOn ref="c"/></component>
        </components>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="a" kind="lgsp" name="A"><dependsOn ref="b"/><dependsOn ref="c"/></component>
          <component id="b" kind="data-centre" name="B"><dependsOn ref="c"/></component>
          <component id="c" kind="soc" name="C"/>
        </components>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    let graph = context.graph
    return graph.cycles().map { cycle in
      // Start at the member whose id sorts first (the earlier-declared of two with that id),
      // keeping the direction: the same cycle whatever the order of the components.
      let canonical = cycle.nodes.indices.min { left, right in
        let (leftID, rightID) = (graph.components[cycle.nodes[left]].id, graph.components[cycle.nodes[right]].id)
        return leftID != rightID ? leftID < rightID : cycle.nodes[left] < cycle.nodes[right]
      }!
      let nodes = Array(cycle.nodes[canonical...] + cycle.nodes[..<canonical])
      let ids = nodes.map { graph.components[$0].id }
      let first = graph.components[nodes[0]]
      var message = LocalizedText.cycle(nodes.map { graph.components[$0].term.english })
      if cycle.groupHasMore {
        message.english += " (these components form more cycles than are listed)"
        message.vietnamese += " (các thành phần này còn tạo thêm vòng khác không được liệt kê)"
      }
      return RuleViolation(
        message: message, position: first.position, component: first.id, related: Array(ids.dropFirst()))
    }
  }
}

extension LocalizedText {
  /// At most this many components are spelt out in a cycle's message.
  private static let namedInMessage = 12

  /// `names` are the components' terms (`Component.term`, the same in both languages).
  fileprivate static func cycle(_ names: [String]) -> Self {
    let shown = names.prefix(namedInMessage)
    var chain = (shown + [names[0]]).joined(separator: " → ")
    if names.count > namedInMessage {
      chain = shown.joined(separator: " → ") + " → … → \(names[0])"
    }
    return LocalizedText(
      en: "dependency cycle of \(Vocabulary.count(names.count, "component").english): \(chain)",
      vi: "vòng phụ thuộc gồm \(Vocabulary.count(names.count, "component").vietnamese): \(chain)")
  }
}
