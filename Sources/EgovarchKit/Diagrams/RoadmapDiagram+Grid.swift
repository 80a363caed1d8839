/// Which grid of columns and rows draws the roadmap largest on the slide.
extension RoadmapDiagram {
  /// Each number of rows with the scale at which the estimated drawing fits the slide and how
  /// far its shape is from the slide's, the best first: drawn largest, then closest in shape.
  func rowScores(_ groups: [Group]) -> [(rows: Int, scale: Double, shape: Double)] {
    let box = slide ?? .widescreen
    let longest = max(groups.map(\.nodes.count).max() ?? 1, 1)
    let lines = groups.flatMap { $0.nodes.map(\.lines) }
    let averageLines = lines.isEmpty ? 3 : Double(lines.reduce(0, +)) / Double(lines.count)
    let rowPitch = averageLines * 0.17 + 0.15 + 0.25
    let headerLines = groups.map(\.header.count).max() ?? 1
    var scores: [(rows: Int, scale: Double, shape: Double)] = []
    for rows in stride(from: longest, through: 1, by: -1) {
      let width = gridWidth(groups, rows: rows)
      let height = 0.6 + Double(headerLines) * 0.19 + Double(rows) * rowPitch + 0.7
      let ratio = width / height / box.aspectRatio
      scores.append((rows, min(box.width / width, box.height / height), max(ratio, 1 / ratio)))
    }
    return Self.ranked(scores)
  }

  /// `scores` best first: the larger scale, counted in steps of 0.02, then the shape closer to
  /// the slide's, then the order given.
  static func ranked(_ scores: [(rows: Int, scale: Double, shape: Double)]) -> [(
    rows: Int, scale: Double, shape: Double
  )] {
    scores.enumerated().sorted { lhs, rhs in
      let (a, b) = (lhs.element, rhs.element)
      let (stepA, stepB) = (Int((a.scale * 50).rounded(.down)), Int((b.scale * 50).rounded(.down)))
      if stepA != stepB { return stepA > stepB }
      if a.shape != b.shape { return a.shape < b.shape }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// The estimated width of the grid in inches when it has `rows` rows.
  func gridWidth(_ groups: [Group], rows: Int) -> Double {
    var width = 0.0
    for group in groups {
      let columns = Double((max(group.nodes.count, 1) + rows - 1) / rows)
      let columnWidth = Double(min(group.nodes.map(\.width).max() ?? 10, Self.noteWidth)) * 0.075 + 0.45
      width += columns * columnWidth + 0.3
    }
    return width
  }
}
