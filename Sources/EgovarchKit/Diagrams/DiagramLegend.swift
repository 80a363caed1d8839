/// A diagram's legend: its samples side by side in rows under the drawing, each row no wider
/// than the drawing, in a top-to-bottom (`rankdir=TB`) graph.
///
/// A node sample is a small node with its own label (a status fill, a dashed gap); an edge
/// sample is a short edge from a dot to its label. Invisible edges keep the samples in order
/// and put the first row below every node of `below`.
struct DiagramLegend {
  /// One sample.
  enum Sample {
    /// A node drawn with these attributes (its label is the label of the entry).
    case node([(String, String)])
    /// An edge drawn with these attributes, from a dot to the label of the entry.
    case edge([(String, String)])
  }

  /// One entry: its id (unique in the legend), its label and its sample.
  struct Entry {
    var id: String
    var label: String
    var sample: Sample
  }

  /// The heading of the legend ("Legend").
  var heading: String
  /// The entries, in order.
  var entries: [Entry] = []

  /// Adds an entry.
  mutating func add(_ id: String, _ label: String, _ sample: Sample) {
    entries.append(Entry(id: id, label: label, sample: sample))
  }

  /// The estimated width of an entry at 10 points, in inches, with the space after it.
  static func width(of entry: Entry) -> Double {
    let text = Double(entry.label.count) * 0.075
    switch entry.sample {
    case .node: return text + 0.45
    case .edge: return text + 0.9
    }
  }

  /// Writes the legend in rows no wider than `width` inches (as estimated; at least one entry a
  /// row), below every node of `below`; returns the id of the first node of its last row (what
  /// comes under the legend goes below it).
  @discardableResult
  func write(_ dot: inout DOTWriter, width: Double, below anchors: [String]) -> String? {
    guard !entries.isEmpty else { return nil }
    var rows: [[Entry]] = [[]]
    var used = Double(heading.count) * 0.085 + 0.3
    for entry in entries {
      let needed = Self.width(of: entry)
      if !rows[rows.count - 1].isEmpty && used + needed > width {
        rows.append([])
        used = Double(heading.count) * 0.085 + 0.3
      }
      rows[rows.count - 1].append(entry)
      used += needed
    }
    var firstOfRow: [String] = []
    for (number, row) in rows.enumerated() {
      var ids: [String] = []
      dot.openBlock()
      dot.attribute("rank", "same")
      if number == 0 {
        let id = "legend:heading"
        dot.node(
          id, [("shape", "plaintext"), ("style", ""), ("label", heading), ("fontname", "Helvetica-Bold")])
        ids.append(id)
      }
      for entry in row {
        switch entry.sample {
        case .node(let attributes):
          let id = "legend:" + entry.id
          dot.node(id, [("label", entry.label)] + attributes)
          ids.append(id)
        case .edge(let attributes):
          let from = "legend:" + entry.id + ":from"
          let to = "legend:" + entry.id + ":to"
          dot.node(from, [("shape", "point"), ("width", "0.06"), ("color", "#595959")])
          dot.node(to, [("shape", "plaintext"), ("style", ""), ("label", entry.label)])
          dot.edge(from, to, [("minlen", "2")] + attributes)
          ids += [from, to]
        }
      }
      dot.close()
      // Keep the samples of a row in order; an edge sample's own edge already orders its two ends.
      var previous: String?
      for id in ids {
        if let previous, !(previous.hasSuffix(":from") && id == previous.dropLast(5) + ":to") {
          dot.edge(previous, id, [("style", "invis")])
        }
        previous = id
      }
      firstOfRow.append(ids[0])
    }
    for anchor in anchors { dot.edge(anchor, firstOfRow[0], [("style", "invis")]) }
    for (upper, lower) in zip(firstOfRow, firstOfRow.dropFirst()) { dot.edge(upper, lower, [("style", "invis")]) }
    return firstOfRow.last
  }
}
