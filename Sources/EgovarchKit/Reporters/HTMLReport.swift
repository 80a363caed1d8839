/// Writes one self-contained HTML5 page about a model: summary, findings, gap report, the
/// roadmap's timeline (drawn by egovarch) and the roadmap and dependency diagrams (drawn by
/// Graphviz) inlined as SVG; no scripts, no external files, no network.
public struct HTMLReport: Sendable {
  /// The validation of the model file.
  public var validation: FileValidation
  /// The gap report of the model.
  public var gaps: GapReport
  /// The roadmap rendered by `dot -Tsvg`, or `nil` when Graphviz is not there.
  public var roadmapSVG: String?
  /// The dependency graph rendered by `dot -Tsvg`, or `nil` when Graphviz is not there.
  public var graphSVG: String?
  /// The language of the page.
  public var language: Language
  /// Why Graphviz could not draw the roadmap, shown in its place; `nil` when it was not tried.
  public var roadmapProblem: String?
  /// Why Graphviz could not draw the dependency graph, shown in its place.
  public var graphProblem: String?

  /// Creates a report.
  public init(
    validation: FileValidation, gaps: GapReport, roadmapSVG: String?, graphSVG: String?, language: Language,
    roadmapProblem: String? = nil, graphProblem: String? = nil
  ) {
    self.validation = validation
    self.gaps = gaps
    self.roadmapSVG = roadmapSVG
    self.graphSVG = graphSVG
    self.language = language
    self.roadmapProblem = roadmapProblem
    self.graphProblem = graphProblem
  }

  /// The style sheet, inline so that the page needs nothing else.
  static let style = """
    body { font-family: sans-serif; margin: 2em; color: #222; line-height: 1.4; }
    h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; }
    table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc; padding: 0.3em 0.5em; }
    th { background: #f0f0f0; text-align: left; } td.position { white-space: nowrap; font-family: monospace; }
    tr.error td.severity { color: #b00000; font-weight: bold; } tr.warning td.severity { color: #a06000; }
    tr.suppressed { color: #888; } code { font-family: monospace; }
    .diagram { overflow: auto; max-height: 85vh; border: 1px solid #ddd; padding: 0.5em; }
    .diagram svg { max-width: none; } .fit:checked ~ .diagram svg { max-width: 100%; height: auto; }
    .fit-label { font-size: 0.9em; color: #555; }
    """

  /// `text` escaped for the page (`String.markupEscaped(inAttribute:allQuotes:)`): `&`, `<`,
  /// `>`, `"`, `'` and CR as references, hidden characters as visible escapes.
  public static func escape(_ text: String) -> String {
    text.markupEscaped(inAttribute: false, allQuotes: true)
  }

  /// `svg` from its `<svg` element on: the XML declaration, DOCTYPE and comments `dot` prints
  /// before it are dropped, and so are the namespace declarations; `nil` when there is no `<svg`.
  public static func inlineSVG(_ svg: String) -> String? {
    var rest = svg[...]
    while !rest.isEmpty, !rest.hasPrefix("<svg") { rest = rest.dropFirst() }
    guard !rest.isEmpty else { return nil }
    var inline = rest
    while let last = inline.last, last.isWhitespace { inline = inline.dropLast() }
    // HTML puts inline SVG in its namespaces by itself: the page keeps no URL at all.
    return String(inline)
      .replacing(" xmlns=\"http://www.w3.org/2000/svg\"", with: "")
      .replacing(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
  }

  /// `text` in the page's language, its first letter in upper case (a heading, a label).
  private func say(_ text: LocalizedText) -> String { language.say(Vocabulary.capitalized(text)) }

  private func position(_ finding: Finding) -> String {
    "\(finding.location.position.line):\(finding.location.position.column)"
  }

  private func list(_ findings: [Finding]) -> String {
    guard !findings.isEmpty else { return "" }
    var output = "<ul>\n"
    for finding in findings {
      output +=
        "<li><code>\(position(finding))</code> <code>\(Self.escape(finding.ruleID))</code> "
        + "\(Self.escape(finding.message.text(in: language)))</li>\n"
    }
    return output + "</ul>\n"
  }

  private func summary() -> String {
    let counts = FindingSummary(files: 1, findings: validation.findings)
    let framework = gaps.frameworkName.map { " (\(Self.escape($0.text(in: language))))" } ?? ""
    var output = "<section id=\"summary\">\n<h2>\(say(LocalizedText(en: "Summary", vi: "Tóm tắt")))</h2>\n<ul>\n"
    output += "<li>\(say(LocalizedText(en: "Province", vi: "Tỉnh"))): \(Self.escape(gaps.province))</li>\n"
    output += "<li>\(say(GapReportWording.model)): <code>\(Self.escape(gaps.path))</code></li>\n"
    output +=
      "<li>\(say(GapReportWording.framework)): \(Self.escape(gaps.frameworkID))\(framework)</li>\n"
    output += "<li>\(say(Vocabulary.asOf(gaps.asOf)))</li>\n"
    output +=
      "<li>\(say(LocalizedText(en: "Findings", vi: "Phát hiện"))): \(counts.severityCounts(in: language)), "
      + "\(counts.suppressed) \(language.say(Vocabulary.suppressed))</li>\n"
    return output + "</ul>\n</section>\n"
  }

  private func findingsTable() -> String {
    var output = "<section id=\"findings\">\n<h2>\(say(LocalizedText(en: "Findings", vi: "Phát hiện")))</h2>\n"
    guard !validation.findings.isEmpty else {
      return output + "<p>\(say(LocalizedText(en: "No findings.", vi: "Không có phát hiện nào.")))</p>\n</section>\n"
    }
    output +=
      "<table>\n<thead><tr><th>\(say(LocalizedText(en: "Line:column", vi: "Dòng:cột")))</th><th>\(say(Vocabulary.capitalized(Vocabulary.severity)))</th>"
      + "<th>\(say(LocalizedText(en: "Rule", vi: "Quy tắc")))</th><th>\(say(LocalizedText(en: "Message", vi: "Nội dung")))</th></tr></thead>\n<tbody>\n"
    for finding in validation.findings {
      let classes = finding.severity.rawValue + (finding.isSuppressed ? " suppressed" : "")
      var message = Self.escape(finding.message.text(in: language))
      if let reason = finding.suppressionReason {
        message += " <em>(\(say(Vocabulary.suppressed)): \(Self.escape(reason)))</em>"
      }
      output +=
        "<tr class=\"\(classes)\"><td class=\"position\">\(position(finding))</td>"
        + "<td class=\"severity\">\(Self.escape(finding.severity.label(in: language)))</td>"
        + "<td><code>\(Self.escape(finding.ruleID))</code></td><td>\(message)</td></tr>\n"
    }
    return output + "</tbody>\n</table>\n</section>\n"
  }

  private func gapReport() -> String {
    typealias Words = GapReportWording
    var output = "<section id=\"gaps\">\n<h2>\(say(Words.gapReport))</h2>\n"
    output += "<h3>\(say(Words.requiredComponents))</h3>\n"
    output += "<p class=\"required\">" + say(Words.present(gaps.requiredPresent, of: gaps.requiredTotal)) + "</p>\n"
    for layer in Layer.allCases where gaps.missingComponents.contains(where: { $0.layer == layer }) {
      output += "<p>\(Self.escape(say(Words.missing(in: layer)))):</p>\n<ul>\n"
      for missing in gaps.missingComponents where missing.layer == layer {
        output += "<li>\(Self.escape(language.say(Words.missing(missing))))</li>\n"
      }
      output += "</ul>\n"
    }

    output += "<h3>\(say(Words.missingLinks))</h3>\n"
    output +=
      "<p class=\"missing-links\">"
      + say(Words.missingCount(gaps.missingLinks.count, planned: gaps.plannedLinks.count)) + "</p>\n"
    output += list(gaps.missingLinks + gaps.plannedLinks)

    output += "<h3>\(say(Words.bypassingLinks))</h3>\n"
    output += "<p class=\"bypassing-links\">" + say(Words.found(gaps.bypassingLinks.count)) + "</p>\n"
    output += list(gaps.bypassingLinks)

    output += "<h3>\(say(Words.roadmap))</h3>\n"
    if gaps.phases.isEmpty { output += "<p>\(say(Words.noRoadmap)).</p>\n" }
    for phase in gaps.phases {
      output += "<p class=\"phase\">\(Self.escape(say(Words.progress(phase))))</p>\n"
      output += list(phase.overdue)
    }

    if gaps.hasBudgets {
      output += "<h3>\(say(Words.budget))</h3>\n<ul class=\"budget\">\n"
      for phase in gaps.phases { output += "<li>\(Self.escape(say(Words.budget(phase))))</li>\n" }
      output += "</ul>\n"
      if !gaps.budgetsBySource.isEmpty {
        output += "<p>\(say(Words.budgetBySource)):</p>\n<ul class=\"budget-sources\">\n"
        for source in gaps.budgetsBySource {
          output += "<li>\(Self.escape(language.say(Words.budget(source))))</li>\n"
        }
        output += "</ul>\n"
      }
    }

    output += "<h3>\(say(Words.indicators))</h3>\n"
    output += "<p class=\"indicators\">" + say(Words.indicatorCounts(gaps)) + "</p>\n"
    output += list(gaps.indicatorFindings)
    if !gaps.indicatorTrends.isEmpty {
      output += "<ul class=\"trends\">\n"
      for trend in gaps.indicatorTrends { output += "<li>\(Self.escape(language.say(Words.trend(trend))))</li>\n" }
      output += "</ul>\n"
    }

    output += "<h3>\(say(Words.conflicts))</h3>\n"
    output += "<p class=\"conflicts\">" + say(Words.found(gaps.conflicts.count)) + "</p>\n"
    output += list(gaps.conflicts)
    return output + "</section>\n"
  }

  private func diagram(id: String, heading: String, svg: String?, problem: String?) -> String {
    var output = "<section id=\"\(id)\">\n<h2>\(heading)</h2>\n"
    if let svg, let inline = Self.inlineSVG(svg) {
      // Natural size in a frame that scrolls, so that the labels stay readable; a check box (no
      // script) fits the drawing to the page's width instead.
      output +=
        "<input type=\"checkbox\" class=\"fit\" id=\"fit-\(id)\"> <label class=\"fit-label\" for=\"fit-\(id)\">"
        + say(
          LocalizedText(
            en: "fit to the page's width (the drawing is shown at full size: scroll to see all of it)",
            vi: "thu vừa chiều rộng trang (sơ đồ hiển thị đúng kích thước: cuộn để xem toàn bộ)"))
        + "</label>\n"
      output += "<div class=\"diagram\">\n\(inline)\n</div>\n"
    } else if let problem {
      output +=
        "<p class=\"diagram-failed\"><strong>"
        + say(LocalizedText(en: "Graphviz could not draw this diagram: ", vi: "Graphviz không vẽ được sơ đồ này: "))
        + "</strong>" + Self.escape(problem) + "</p>\n"
    } else {
      output +=
        "<p class=\"no-graphviz\">"
        + say(
          LocalizedText(
            en: "Graphviz's 'dot' was not found, so the diagram is left out: install it with: apt-get install graphviz",
            vi: "Không tìm thấy 'dot' của Graphviz nên không có sơ đồ: cài đặt bằng: apt-get install graphviz"))
        + "</p>\n"
    }
    return output + "</section>\n"
  }

  /// The page.
  public func render() -> String {
    let title = say(LocalizedText(en: "Architecture report", vi: "Báo cáo kiến trúc")) + ": " + gaps.province
    var output = "<!DOCTYPE html>\n<html lang=\"\(language == .english ? "en" : "vi")\">\n<head>\n"
    output += "<meta charset=\"utf-8\">\n"
    output += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    output += "<title>\(Self.escape(title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
    output += "<h1>\(Self.escape(title))</h1>\n"
    output += summary()
    output += findingsTable()
    output += gapReport()
    if let analysis = validation.analysis, analysis.architecture.roadmap != nil {
      // The timeline needs no Graphviz: egovarch draws it, with the same findings marked.
      let timeline = TimelineDiagram(analysis: analysis, findings: validation.findings, language: language)
      output += diagram(
        id: "timeline", heading: say(LocalizedText(en: "Roadmap timeline", vi: "Tiến độ lộ trình")),
        svg: timeline.drawing().svg, problem: nil)
    }
    output += diagram(
      id: "roadmap", heading: say(LocalizedText(en: "Roadmap diagram", vi: "Sơ đồ lộ trình")), svg: roadmapSVG,
      problem: roadmapProblem)
    output += diagram(
      id: "graph", heading: say(LocalizedText(en: "Component dependencies", vi: "Sơ đồ phụ thuộc thành phần")),
      svg: graphSVG,
      problem: graphProblem)
    return output + "</body>\n</html>\n"
  }
}
