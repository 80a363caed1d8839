/// The dependency graph's nodes: components, national systems, stubs of missing ids and ghosts of missing kinds.
extension DependencyDiagram {
  /// `attributes` with their colour replaced by `colour`.
  func recoloured(_ attributes: [(String, String)], _ colour: String) -> [(String, String)] {
    attributes.filter { $0.0 != "color" } + [("color", colour)]
  }

  /// The name of a band of rows: a layer's, or "National systems".
  func bandName(_ layer: Layer?) -> String {
    guard let layer else { return DiagramWording.national.text(in: language) }
    return Vocabulary.capitalized(layer.term).text(in: language)
  }

  /// The label of a national system: its name, wrapped, and its reference.
  func nationalLines(_ kind: String) -> [String] {
    let reference = ComponentReference.nationalPrefix + kind
    guard let name = framework?.kind(kind)?.name.text(in: language), !name.isEmpty else { return ["'\(reference)'"] }
    return Self.named(name, id: reference)
  }

  /// A component's node: its name wrapped, its id, its status's fill, red when in a cycle.
  func componentItem(_ component: Component, inCycle: Bool) -> Item {
    let lines = Self.named(component.name, id: component.id)
    var attributes = [
      ("label", lines.joined(separator: "\n")), ("fillcolor", Self.fills[component.status] ?? "#ffffff"),
    ]
    if inCycle { attributes += [("color", Self.findingColour), ("penwidth", "2")] }
    return Item(id: "component:" + component.id, attributes: attributes, width: width(lines), lines: lines.count)
  }

  /// The lines of a node named `name` with `id`: the name wrapped, the id in brackets after it
  /// on its last line when it fits there, else on a line of its own.
  static func named(_ name: String, id: String) -> [String] {
    var lines = LabelText.wrap(name, width: nameWidth, maxLines: nameLines)
    let suffix = "(\(id))"
    if let last = lines.last, last.count + 1 + suffix.count <= nameWidth + 4, !last.hasSuffix("…") {
      lines[lines.count - 1] = last + " " + suffix
    } else {
      lines += LabelText.wrap(suffix, width: nameWidth + 4, maxLines: 2)
    }
    return lines
  }

  /// The node id of the stub of `id`, referred to by `component`.
  static func stubID(component: String, id: String) -> String {
    "unresolved:" + component + ":" + id
  }

  /// A red stub for a reference to `id`, which the model does not have.
  func stubItem(component: String, id: String) -> Item {
    let lines = LabelText.wrap(
      DiagramWording.noSuchComponent(id).text(in: language), width: Self.nameWidth, maxLines: Self.nameLines)
    return Item(
      id: Self.stubID(component: component, id: id),
      attributes: [
        ("label", lines.joined(separator: "\n")), ("shape", "box"), ("style", "dashed,filled"),
        ("fillcolor", "#fde9e9"), ("color", Self.findingColour), ("fontcolor", Self.findingColour),
      ], width: width(lines), lines: lines.count)
  }

  /// A dashed red ghost for a missing component of `kind`, named by the kind's name.
  func ghostItem(_ kind: String) -> Item {
    var lines: [String]
    if let framework {
      lines = RoadmapDiagram.kindLines(kind, in: framework, language: language)
    } else {
      lines = ["'\(kind)'"]
    }
    lines.append(DiagramWording.missing.text(in: language))
    return Item(
      id: "missing:" + kind,
      attributes: [
        ("label", lines.joined(separator: "\n")), ("style", "rounded,dashed"), ("color", Self.findingColour),
        ("fontcolor", Self.findingColour), ("penwidth", "1.5"),
      ], width: width(lines), lines: lines.count)
  }

  /// The widest of `lines`, in characters.
  func width(_ lines: [String]) -> Int {
    lines.map(\.count).max() ?? 0
  }
}
