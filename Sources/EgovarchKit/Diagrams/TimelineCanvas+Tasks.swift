/// The timeline's task bars and their labels.
extension TimelineCanvas {
  /// A task's first and last day: its own `start` and `due`, else its phase's first and last.
  func days(of task: RoadmapTask, phase: Int) -> (first: CalendarDate, last: CalendarDate) {
    let years = phaseYears[phase]
    let first = task.start?.firstDay ?? Self.day(year: years.first, month: 1, day: 1)
    let last = task.due?.lastDay ?? Self.day(year: years.last, month: 12, day: 31)
    return last < first ? (last, first) : (first, last)
  }

  /// The day `day` of `month` of `year`, the year kept within 1 to 9999 (a model built by hand
  /// may hold any year).
  static func day(year: Int, month: Int, day: Int) -> CalendarDate {
    CalendarDate(checkedYear: min(max(year, 1), 9999), month: month, day: day)
  }

  /// A task's bar, its label and its markers.
  func drawTask(_ svg: inout SVGWriter, phase: Int, task index: Int, top: Double) {
    let task = phases[phase].phase.tasks[index]
    let (name, details) = label(of: task)
    var whole = ([name, task.status.term.text(in: language)] + details).joined(separator: " · ")
    if let dates = RoadmapWording.dates(start: task.start, due: task.due) { whole += " · " + dates.text(in: language) }
    svg.element("title", text: whole)
    let (first, last) = days(of: task, phase: phase)
    var left = scale.x(start: first)
    var right = scale.x(end: last)
    if right - left < 8 {
      let middle = (left + right) / 2
      left = min(max(chartLeft, middle - 4), chartRight - 8)
      right = left + 8
    }
    let barTop = top + 3
    let barHeight = rowHeight - 6
    let numbers = Self.numbers(numbers(at: .task(phase: phase, task: index)))
    bar(
      &svg, x: left, y: barTop, width: right - left, height: barHeight, status: task.status,
      hasFinding: !numbers.isEmpty)

    // The marker: after the bar, else inside its end, else before it.
    var areas: [LabelArea] = []
    var markerX: Double?
    if !numbers.isEmpty {
      let width = Self.markerWidth(numbers)
      if right + 5 + width <= chartRight {
        markerX = right + 5
        areas = [
          LabelArea(left: left + 6, right: right - 6, alignsRight: false),
          LabelArea(left: right + 5 + width + 6, right: chartRight, alignsRight: false),
          LabelArea(left: chartLeft, right: left - 6, alignsRight: true),
        ]
      } else if right - left >= width + 10 {
        markerX = right - width - 4
        areas = [
          LabelArea(left: left + 6, right: right - width - 10, alignsRight: false),
          LabelArea(left: right + 6, right: chartRight, alignsRight: false),
          LabelArea(left: chartLeft, right: left - 6, alignsRight: true),
        ]
      } else {
        markerX = max(chartLeft, left - 5 - width)
        areas = [
          LabelArea(left: left + 6, right: right - 6, alignsRight: false),
          LabelArea(left: right + 6, right: chartRight, alignsRight: false),
          LabelArea(left: chartLeft, right: left - 5 - width - 6, alignsRight: true),
        ]
      }
    } else {
      areas = [
        LabelArea(left: left + 6, right: right - 6, alignsRight: false),
        LabelArea(left: right + 6, right: chartRight, alignsRight: false),
        LabelArea(left: chartLeft, right: left - 6, alignsRight: true),
      ]
    }

    // The label: whole inside the bar or after it, else its name whole inside, else whole
    // before the bar, else its name whole after or before it, else cut in the widest place.
    let fonts = TimelineStyle.rowText(height: rowHeight)
    let fitted = areas.map { Self.fit(name: name, details: details, width: $0.width, fonts: fonts) }
    let preferences: [(area: Int, needs: (FittedLabel) -> Bool)] = [
      (0, \.isComplete), (1, \.isComplete), (0, \.hasWholeName), (2, \.isComplete), (1, \.hasWholeName),
      (2, \.hasWholeName),
    ]
    let usable = areas.indices.filter { areas[$0].width >= 24 }
    let choice =
      preferences.first { usable.contains($0.area) && $0.needs(fitted[$0.area]) }?.area
      ?? usable.max { areas[$0].width < areas[$1].width }
    if let choice {
      // A halo of the colour under the label keeps it legible where the as-of line crosses it.
      let halo =
        choice == 0
        ? RoadmapDiagram.fills.first { $0.0 == task.status }?.1 ?? TimelineStyle.background
        : TimelineStyle.bandFills[phase % 2]
      drawLabel(
        &svg, fitted[choice], area: areas[choice], middle: top + rowHeight / 2, fonts: fonts,
        cancelled: task.status == .cancelled, halo: halo)
    }
    if let markerX { marker(&svg, numbers, x: markerX, centerY: top + rowHeight / 2) }
  }

  /// A task's label in `area`, on one line or two around `middle`.
  func drawLabel(
    _ svg: inout SVGWriter, _ label: FittedLabel, area: LabelArea, middle: Double,
    fonts: (name: Double, detail: Double, twoLines: Bool), cancelled: Bool, halo: String
  ) {
    let color = cancelled ? TimelineStyle.mutedInk : TimelineStyle.ink
    var position = [("x", n(area.alignsRight ? area.right : area.left))]
    if area.alignsRight { position.append(("text-anchor", "end")) }
    position += Self.halo(halo)
    let detailColor = cancelled ? TimelineStyle.mutedInk : TimelineStyle.secondaryInk
    if !fonts.twoLines {
      var runs: [(text: String, attributes: [(String, String)])] = [(label.name.first ?? "", [])]
      if let details = label.details { runs.append((" · " + details, [("fill", detailColor)])) }
      svg.text(
        [("y", n(middle + fonts.name * 0.36)), ("font-size", n(fonts.name)), ("fill", color)] + position, runs: runs)
      return
    }
    svg.text(
      [("y", n(middle - fonts.name * 0.2)), ("font-size", n(fonts.name)), ("fill", color)] + position,
      runs: [(label.name.first ?? "", [])])
    if label.name.count > 1 {
      svg.text(
        [("y", n(middle + fonts.name * 0.95)), ("font-size", n(fonts.name)), ("fill", color)] + position,
        runs: [(label.name[1], [])])
    } else if let details = label.details {
      svg.text(
        [("y", n(middle + fonts.detail)), ("font-size", n(fonts.detail)), ("fill", detailColor)] + position,
        runs: [(details, [])])
    }
  }

  /// A task's name (its component's name, else its text, else its action) and its details (its
  /// action, owner and budget), as shown.
  func label(of task: RoadmapTask) -> (name: String, details: [String]) {
    let verb = task.action.term.text(in: language)
    var name = task.component.flatMap { diagram.analysis.graph.component(withID: $0)?.name } ?? ""
    if name.isEmpty { name = task.text ?? "" }
    if name.isEmpty, let id = task.component { name = "'\(id)'" }
    if name.isEmpty { name = verb }
    // The action, unless the name says only that ("Đào tạo" for a training task).
    var details = name.lowercased() == verb.lowercased() ? [] : [verb]
    if let owner = task.owner.map(TextMetrics.visible), !owner.isEmpty { details.append(owner) }
    if let budget = task.budget { details.append(GapReportWording.amount(budget).text(in: language)) }
    return (TextMetrics.visible(name), details.map(TextMetrics.visible))
  }

  /// A task's label fitted to `width` pixels.
  ///
  /// On two lines: the name, then the details joined by " · " (the last ones left out, then
  /// cut, when they do not fit); a name too long for a line takes both. On one line: the name
  /// and as many details as fit, or the name cut.
  static func fit(
    name: String, details: [String], width: Double, fonts: (name: Double, detail: Double, twoLines: Bool)
  ) -> FittedLabel {
    guard TextMetrics.width(name, size: fonts.name) <= width else {
      let lines =
        fonts.twoLines
        ? TextMetrics.wrapped(name, toWidth: width, size: fonts.name, lines: 2)
        : TextMetrics.truncated(name, toWidth: width, size: fonts.name).map { [$0] } ?? []
      return FittedLabel(name: lines, details: nil, isComplete: false, hasWholeName: false)
    }
    var kept = details
    while !kept.isEmpty {
      let shown = kept.joined(separator: " · ")
      let fits =
        fonts.twoLines
        ? TextMetrics.width(shown, size: fonts.detail) <= width
        : TextMetrics.width(name + " · " + shown, size: fonts.name) <= width
      if fits {
        return FittedLabel(name: [name], details: shown, isComplete: kept.count == details.count, hasWholeName: true)
      }
      kept.removeLast()
    }
    let cut =
      fonts.twoLines ? details.first.flatMap { TextMetrics.truncated($0, toWidth: width, size: fonts.detail) } : nil
    return FittedLabel(name: [name], details: cut, isComplete: details.isEmpty, hasWholeName: true)
  }

  /// The attributes of a halo of `color` around text (drawn under its letters).
  static func halo(_ color: String) -> [(String, String)] {
    [("stroke", color), ("stroke-width", "4"), ("stroke-linejoin", "round"), ("paint-order", "stroke")]
  }

  /// The as-of line from `top` to `bottom`, and its date under it.
}
