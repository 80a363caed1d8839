/// How the dependency graph's bands are laid out in rows, and which number of rows fits the slide best.
extension DependencyDiagram {
  /// One band's part of a row: its layer (`nil` for the national systems), its nodes there,
  /// whether it continues from the row above, and the number of its row among the band's (1 for
  /// the first).
  struct RowPart {
    var layer: Layer?
    var items: [Item]
    var continued: Bool
    var number: Int

    /// The id of the node that names the band on this row.
    var labelID: String {
      "layer:" + (layer?.rawValue ?? "national") + (continued ? ":\(number)" : "")
    }
  }

  /// The bands (layers and national systems) in rows of at most `perRow` nodes, each band on
  /// rows of its own.
  ///
  /// Bands do not share a row: Graphviz does not always keep a row's invisible order edges, so
  /// a second band's label could end up away from its nodes; on a row of its own, a band's
  /// label is held first by the column of labels.
  static func rows(_ bands: [(Layer?, [Item])], perRow: Int) -> [[RowPart]] {
    var rows: [[RowPart]] = []
    for (layer, items) in bands {
      for (number, start) in stride(from: 0, to: items.count, by: perRow).enumerated() {
        let part = Array(items[start..<min(start + perRow, items.count)])
        rows.append([RowPart(layer: layer, items: part, continued: number > 0, number: number + 1)])
      }
    }
    return rows
  }

  /// Each number of nodes a row may hold with the scale at which the estimated drawing fits the
  /// slide, how far its shape is from the slide's, and its estimated width in inches, the best
  /// first (`RoadmapDiagram.ranked`).
  func rowScores(_ bands: [(Layer?, [Item])]) -> [(rows: Int, scale: Double, shape: Double, width: Double)] {
    let box = slide ?? .widescreen
    let most = max(bands.map(\.1.count).reduce(0, +), 1)
    var scores: [(rows: Int, scale: Double, shape: Double)] = []
    var widths: [Int: Double] = [:]
    for perRow in stride(from: most, through: 1, by: -1) {
      var width = 0.0
      var height = 0.9  // the title and the legend's first row
      for row in Self.rows(bands, perRow: perRow) {
        var rowWidth = 0.0
        var lines = 1
        for part in row {
          rowWidth += Double(bandName(part.layer).count) * 0.09 + 0.45
          for item in part.items {
            rowWidth += Double(item.width) * Self.inchesPerCharacter + 0.45
            lines = max(lines, item.lines)
          }
        }
        width = max(width, rowWidth)
        height += Double(lines) * 0.17 + 0.12 + 0.28
      }
      widths[perRow] = width
      let ratio = width / height / box.aspectRatio
      scores.append((perRow, min(box.width / width, box.height / height), max(ratio, 1 / ratio)))
    }
    return RoadmapDiagram.ranked(scores).map { ($0.rows, $0.scale, $0.shape, widths[$0.rows] ?? 0) }
  }
}
