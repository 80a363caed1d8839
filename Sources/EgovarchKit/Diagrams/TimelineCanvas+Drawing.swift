extension TimelineCanvas {
  /// Where a label goes: a stretch of its row, and whether the text ends at its right edge.
  struct LabelArea {
    /// The stretch's left end.
    var left: Double
    /// Its right end.
    var right: Double
    /// Whether the text ends at `right` (before a bar) rather than starting at `left`.
    var alignsRight: Bool
    /// Its width.
    var width: Double { right - left }
  }

  /// The SVG document.
  func svg() -> String {
    let title = Self.titleText(of: diagram)
    var svg = SVGWriter(
      width: width, height: height, title: title,
      attributes: [("font-family", TimelineStyle.fontFamily), ("font-size", SVGWriter.number(TimelineStyle.labelSize))]
    )
    svg.element(
      "rect",
      [("x", "0"), ("y", "0"), ("width", n(width)), ("height", n(height)), ("fill", TimelineStyle.background)])

    // The title, its markers and the legend.
    var y = TimelineStyle.margin
    let roadmapNumbers = numbers(at: .roadmap)
    let markerRoom = roadmapNumbers.isEmpty ? 0 : Self.markerWidth(Self.numbers(roadmapNumbers)) + 12
    let legendWidth = legend.map { Self.legendItemWidth($0.label) }.reduce(0, +)
    let titleRoom = chartRight - chartLeft - markerRoom - (legendInline ? legendWidth + 20 : 0)
    let shownTitle = TextMetrics.truncated(title, toWidth: titleRoom, size: TimelineStyle.titleSize, bold: true) ?? ""
    let titleBaseline = y + 31
    text(&svg, shownTitle, x: chartLeft, y: titleBaseline, size: TimelineStyle.titleSize, bold: true)
    if !roadmapNumbers.isEmpty {
      let x = chartLeft + TextMetrics.width(shownTitle, size: TimelineStyle.titleSize, bold: true) + 12
      marker(&svg, Self.numbers(roadmapNumbers), x: x, centerY: y + 21)
    }
    if legendInline {
      drawLegend(&svg, items: Array(legend.indices), right: chartRight, centerY: y + 21)
      y += TimelineStyle.titleRow
    } else {
      y += TimelineStyle.titleRow
      for line in legendLines {
        drawLegend(&svg, items: line, left: chartLeft, centerY: y + TimelineStyle.legendRow / 2)
        y += TimelineStyle.legendRow
      }
    }
    y += 6

    // The axis.
    let axisTop = y
    y += TimelineStyle.yearRow + (showsMonths ? TimelineStyle.monthRow : 0)
    let axisBottom = y
    let hasIndicators = legend.contains { if case .indicator = $0.symbol { true } else { false } }
    let stripTop = y
    if hasIndicators { y += TimelineStyle.indicatorStrip }
    let chartTop = y
    let rowTops = rowPositions(from: chartTop)
    let chartBottom = (rowTops.last.map { $0 + height(of: rows[rows.count - 1]) } ?? chartTop) + 6

    drawBands(&svg, rowTops: rowTops)
    drawGrid(&svg, axisTop: axisTop, axisBottom: axisBottom, bottom: chartBottom)
    if hasIndicators { drawIndicators(&svg, top: stripTop, axis: axisBottom) }
    for (row, top) in zip(rows, rowTops) { drawRow(&svg, row, top: top, axisBottom: axisBottom) }
    drawAsOf(&svg, top: axisBottom, bottom: chartBottom)
    drawFootnote(&svg, top: chartBottom + TimelineStyle.asOfStrip + 10)
    return svg.document
  }

  // MARK: - Parts

  /// The height of `row`.
  func height(of row: TimelineRow) -> Double {
    row.isHeader ? TimelineStyle.phaseHeader : rowHeight
  }

  /// The top of each row, from `top` down, with a gap between phases.
  func rowPositions(from top: Double) -> [Double] {
    var tops: [Double] = []
    var y = top
    for (index, row) in rows.enumerated() {
      if row.isHeader && index > 0 { y += TimelineStyle.phaseGap }
      tops.append(y)
      y += height(of: row)
    }
    return tops
  }

  /// The legend's entries `items`, from `left` or ending at `right`, centred on `centerY`.
  func drawLegend(
    _ svg: inout SVGWriter, items: [Int], left: Double? = nil, right: Double? = nil, centerY: Double
  ) {
    let total = items.map { Self.legendItemWidth(legend[$0].label) }.reduce(0, +) - TimelineStyle.legendSpacing
    var x = left ?? ((right ?? chartRight) - total)
    for index in items {
      let (symbol, label) = legend[index]
      let top = centerY - 9
      switch symbol {
      case .status(let status):
        bar(&svg, x: x, y: top, width: 34, height: 18, status: status, hasFinding: false)
      case .finding:
        bar(&svg, x: x, y: top, width: 34, height: 18, status: .notStarted, hasFinding: true)
      case .asOf:
        svg.element(
          "line",
          [
            ("x1", n(x + 17)), ("y1", n(top - 3)), ("x2", n(x + 17)), ("y2", n(top + 21)),
            ("stroke", TimelineStyle.asOf), ("stroke-width", "3"),
          ])
      case .indicator:
        axisMarker(&svg, x: x + 17, axis: top - 2, text: nil, centerY: centerY + 3)
      }
      text(&svg, label, x: x + 42, y: centerY + 5.5, size: TimelineStyle.legendSize)
      x += Self.legendItemWidth(label)
    }
  }

  /// The phases' bands: each phase's years over its header and rows.
  func drawBands(_ svg: inout SVGWriter, rowTops: [Double]) {
    svg.open("g", [("id", "phases")])
    for scheduled in phases where diagram.shows(scheduled) {
      let indices = rows.indices.filter { index in
        switch rows[index] {
        case .phaseHeader(let phase), .emptyPhase(let phase), .task(let phase, _): return phase == scheduled.index
        default: return false
        }
      }
      guard let firstRow = indices.first, let lastRow = indices.last else { continue }
      let years = phaseYears[scheduled.index]
      let left = scale.x(year: years.first)
      let right = max(left + 4, scale.x(year: years.last + 1))
      let top = rowTops[firstRow]
      let bottom = rowTops[lastRow] + height(of: rows[lastRow])
      var attributes = [
        ("x", n(left)), ("y", n(top)), ("width", n(right - left)), ("height", n(bottom - top)),
        ("fill", TimelineStyle.bandFills[scheduled.index % 2]), ("stroke", TimelineStyle.bandStroke),
      ]
      if years.isOpen { attributes.append(("stroke-dasharray", "6 4")) }
      svg.element("rect", attributes)
    }
    svg.close()
  }

  /// The years (and months) on the axis, with their lines down to `bottom`.
  func drawGrid(_ svg: inout SVGWriter, axisTop: Double, axisBottom: Double, bottom: Double) {
    svg.open("g", [("id", "axis")])
    let yearLabelWidth = TextMetrics.width("2000", size: TimelineStyle.yearSize, bold: true) + 14
    let step = [1, 2, 5, 10, 20, 50].first { scale.yearWidth * Double($0) >= yearLabelWidth } ?? 100
    if showsMonths {
      for year in scale.firstYear...scale.lastYear {
        for month in 1...12 {
          let left = scale.x(year: year, month: month)
          let right = month == 12 ? scale.x(year: year + 1) : scale.x(year: year, month: month + 1)
          if month > 1 {
            line(&svg, x: left, from: axisTop + TimelineStyle.yearRow, to: bottom, TimelineStyle.monthLine)
          }
          text(
            &svg, Vocabulary.monthAbbreviation(month).text(in: language), x: (left + right) / 2,
            y: axisTop + TimelineStyle.yearRow + 16, size: TimelineStyle.monthSize, color: TimelineStyle.secondaryInk,
            anchor: "middle")
        }
      }
    }
    for year in scale.firstYear...(scale.lastYear + 1) {
      line(&svg, x: scale.x(year: year), from: axisTop, to: bottom, TimelineStyle.yearLine)
      guard year <= scale.lastYear, (year - scale.firstYear) % step == 0 else { continue }
      let x = step == 1 ? (scale.x(year: year) + scale.x(year: year + 1)) / 2 : scale.x(year: year)
      let clamped = min(max(x, chartLeft + yearLabelWidth / 2), chartRight - yearLabelWidth / 2)
      text(&svg, String(year), x: clamped, y: axisTop + 19, size: TimelineStyle.yearSize, bold: true, anchor: "middle")
    }
    svg.element(
      "line",
      [
        ("x1", n(chartLeft)), ("y1", n(axisBottom)), ("x2", n(chartRight)), ("y2", n(axisBottom)),
        ("stroke", TimelineStyle.barStroke), ("stroke-width", "1.5"),
      ])
    svg.close()
  }

  /// The markers of the indicators' deadlines, under the axis: one per day, side by side when
  /// close.
  func drawIndicators(_ svg: inout SVGWriter, top: Double, axis: Double) {
    var byDeadline: [(deadline: CalendarDate, numbers: [Int])] = []
    for marker in markers {
      guard case .indicator(_, let deadline) = marker.place else { continue }
      if let index = byDeadline.firstIndex(where: { $0.deadline == deadline }) {
        byDeadline[index].numbers.append(marker.number)
      } else {
        byDeadline.append((deadline, [marker.number]))
      }
    }
    byDeadline.sort { $0.deadline < $1.deadline }
    svg.open("g", [("id", "indicator-deadlines")])
    var nextFree = chartLeft
    for (deadline, numbers) in byDeadline {
      var label = Self.numbers(numbers)
      if !scale.contains(deadline) {
        label = TimelineScale.dayNumber(deadline) < scale.firstDay ? "← " + label : label + " →"
      }
      let x = scale.x(end: deadline)
      let markerWidth = Self.markerWidth(label)
      let left = min(max(x - markerWidth / 2, nextFree), chartRight - markerWidth)
      axisMarker(&svg, x: x, axis: axis, text: label, centerY: top + TimelineStyle.indicatorStrip / 2 + 2, left: left)
      nextFree = left + markerWidth + 4
    }
    svg.close()
  }

  /// A marker on the axis: a red tick at `x` and, under it, a triangle pointing up to the axis
  /// and the numbers `text` (a plain triangle for the legend).
  func axisMarker(
    _ svg: inout SVGWriter, x: Double, axis: Double, text label: String?, centerY: Double, left: Double? = nil
  ) {
    svg.element(
      "path",
      [
        ("d", "M\(n(x)) \(n(axis + 1))L\(n(x - 6)) \(n(axis + 10))L\(n(x + 6)) \(n(axis + 10))Z"),
        ("fill", TimelineStyle.finding),
      ])
    guard let label else { return }
    marker(&svg, label, x: left ?? (x - Self.markerWidth(label) / 2), centerY: centerY)
  }

  /// A numbered marker showing `label`, from `x`, centred on `centerY`.
  func marker(_ svg: inout SVGWriter, _ label: String, x: Double, centerY: Double) {
    let width = Self.markerWidth(label)
    let height = TimelineStyle.markerHeight
    svg.open("g", [("class", "marker")])
    defer { svg.close() }
    svg.element(
      "rect",
      [
        ("x", n(x)), ("y", n(centerY - height / 2)), ("width", n(width)), ("height", n(height)),
        ("rx", n(height / 2)), ("fill", TimelineStyle.finding),
      ])
    text(
      &svg, label, x: x + width / 2, y: centerY + 5, size: TimelineStyle.markerSize, bold: true, color: "#ffffff",
      anchor: "middle")
  }

  /// A bar of `status`, outlined in red when it has a finding.
  func bar(
    _ svg: inout SVGWriter, x: Double, y: Double, width: Double, height: Double, status: TaskStatus, hasFinding: Bool
  ) {
    let fill = RoadmapDiagram.fills.first { $0.0 == status }?.1 ?? "#ffffff"
    var attributes = [
      ("x", n(x)), ("y", n(y)), ("width", n(width)), ("height", n(height)), ("rx", "4"), ("fill", fill),
      ("stroke", hasFinding ? TimelineStyle.finding : TimelineStyle.barStroke),
      ("stroke-width", hasFinding ? "3" : "1.2"),
    ]
    if status == .cancelled { attributes.append(("stroke-dasharray", "5 3")) }
    svg.element("rect", attributes)
  }

  /// One row.
  func drawRow(_ svg: inout SVGWriter, _ row: TimelineRow, top: Double, axisBottom: Double) {
    let middle = top + height(of: row) / 2
    switch row {
    case .phaseHeader(let index):
      svg.open("g", [("class", "phase"), ("id", "phase-\(index + 1)")])
      drawPhaseHeader(&svg, phases[index], middle: middle)
      svg.close()
    case .emptyPhase(let index):
      let left = scale.x(year: phaseYears[index].first) + 8
      let label = DiagramWording.noTasks.text(in: language)
      text(
        &svg, label, x: min(left, chartRight - TextMetrics.width(label, size: TimelineStyle.detailSize)),
        y: middle + 5, size: TimelineStyle.detailSize, color: TimelineStyle.mutedInk, italic: true)
    case .task(let phase, let task):
      svg.open("g", [("class", "task"), ("id", "task-\(phase + 1).\(task + 1)")])
      drawTask(&svg, phase: phase, task: task, top: top)
      svg.close()
    case .unscheduledHeader:
      let label = Vocabulary.capitalized(Vocabulary.notInAnyPhase).text(in: language)
      text(&svg, label, x: chartLeft + 6, y: middle + 6, size: TimelineStyle.labelSize, bold: true)
    case .unscheduled(let id):
      let name = diagram.analysis.graph.component(withID: id)?.name ?? ""
      let numbers = Self.numbers(numbers(at: .unscheduled(component: id)))
      let room = chartRight - chartLeft - 20 - Self.markerWidth(numbers) - 12
      let label =
        TextMetrics.truncated(
          TextMetrics.visible(Vocabulary.named(name, id: id).text(in: language)), toWidth: room,
          size: TimelineStyle.nameSize) ?? ""
      text(&svg, label, x: chartLeft + 20, y: middle + 5, size: TimelineStyle.nameSize)
      let x = chartLeft + 20 + TextMetrics.width(label, size: TimelineStyle.nameSize) + 10
      marker(&svg, numbers, x: x, centerY: middle)
    case .noRoadmap:
      let label = Vocabulary.capitalized(GapReportWording.noRoadmap).text(in: language)
      text(&svg, label, x: chartLeft + 6, y: middle + 5, size: TimelineStyle.nameSize, color: TimelineStyle.mutedInk)
    }
  }

  /// A phase's header: "Phase 1 (2018–2019): its title" from the start of its band (moved left
  /// when it would not fit), and its markers.
  func drawPhaseHeader(_ svg: inout SVGWriter, _ scheduled: RoadmapSchedule.ScheduledPhase, middle: Double) {
    let head = Vocabulary.capitalized(RoadmapWording.phase(scheduled)).text(in: language)
    let title = scheduled.phase.title.map(TextMetrics.visible) ?? ""
    let numbers = Self.numbers(numbers(at: .phase(scheduled.index)))
    let markerRoom = numbers.isEmpty ? 0 : Self.markerWidth(numbers) + 10
    let size = TimelineStyle.labelSize
    let headWidth = TextMetrics.width(head, size: size, bold: true)
    let titleText = title.isEmpty ? "" : ": " + title
    let full = headWidth + TextMetrics.width(titleText, size: size)
    let bandLeft = scale.x(year: phaseYears[scheduled.index].first) + 8
    let left = max(chartLeft + 4, min(bandLeft, chartRight - markerRoom - full))
    let titleRoom = chartRight - markerRoom - left - headWidth
    let shownTitle = TextMetrics.truncated(titleText, toWidth: titleRoom, size: size) ?? ""
    var runs: [(text: String, attributes: [(String, String)])] = [(head, [("font-weight", "bold")])]
    if !shownTitle.isEmpty { runs.append((shownTitle, [])) }
    let halo = Self.halo(TimelineStyle.bandFills[scheduled.index % 2])
    svg.text([("x", n(left)), ("y", n(middle + 6)), ("fill", TimelineStyle.ink)] + halo, runs: runs)
    if !numbers.isEmpty {
      let x = left + headWidth + TextMetrics.width(shownTitle, size: size) + 10
      marker(&svg, numbers, x: x, centerY: middle)
    }
  }

  func drawAsOf(_ svg: inout SVGWriter, top: Double, bottom: Double) {
    let asOf = diagram.analysis.asOf
    let x = (scale.x(start: asOf) + scale.x(end: asOf)) / 2
    svg.open("g", [("id", "as-of")])
    svg.element(
      "line",
      [
        ("x1", n(x)), ("y1", n(top)), ("x2", n(x)), ("y2", n(bottom + 4)), ("stroke", TimelineStyle.asOf),
        ("stroke-width", "2.5"),
      ])
    var label = Vocabulary.asOf(asOf).text(in: language)
    if !scale.contains(asOf) { label = x <= chartLeft ? "← " + label : label + " →" }
    let labelWidth = TextMetrics.width(label, size: TimelineStyle.labelSize, bold: true)
    let left = min(max(x - labelWidth / 2, chartLeft), chartRight - labelWidth)
    text(
      &svg, label, x: left, y: bottom + 22, size: TimelineStyle.labelSize, bold: true, color: TimelineStyle.asOf)
    svg.close()
  }

  /// The footnote: each marker's number, rule id and message.
  func drawFootnote(_ svg: inout SVGWriter, top: Double) {
    guard !footnote.isEmpty else { return }
    svg.open("g", [("id", "findings")])
    var y = top + TimelineStyle.footnoteLine
    let heading = Vocabulary.findingsMarked.text(in: language)
    text(&svg, heading, x: chartLeft, y: y - 4, size: TimelineStyle.labelSize, bold: true)
    y += 4
    let size = TimelineStyle.footnoteSize
    for (marker, lines) in footnote {
      svg.open("g", [("class", "note"), ("id", "finding-\(marker.number)")])
      defer { svg.close() }
      let baseline = y + 14
      self.marker(&svg, String(marker.number), x: chartLeft, centerY: baseline - 5)
      text(&svg, marker.finding.ruleID, x: chartLeft + Self.footnoteNumberColumn, y: baseline, size: size, bold: true)
      for (offset, line) in lines.enumerated() {
        text(
          &svg, line, x: chartLeft + Self.footnoteNumberColumn + ruleColumn,
          y: baseline + Double(offset) * TimelineStyle.footnoteLine, size: size)
      }
      y += Double(lines.count) * TimelineStyle.footnoteLine + TimelineStyle.footnoteGap
    }
    svg.close()
  }
}
