import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// One analysed model per file: the validator builds the `Analysis` once, and the gap report,
/// the diagrams and the CLI read it; the graph, the schedule and the indicator assessments are
/// built in `Analysis/` and nowhere else, so that `report` builds each once per file.
@Suite struct AnalysisTests {
  /// The Swift files under `folder` (relative to the package), with their paths from there.
  private static func sources(under folder: String) throws -> [(path: String, scanner: SwiftSourceScanner)] {
    let root = PackageRoot.url.appendingPathComponent(folder)
    return try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }.sorted()
      .map { path in
        (path, SwiftSourceScanner(source: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
      }
  }

  /// The files (`folder/path`) that call `name(` in the given source folders.
  private static func callers(of name: String, in folders: [String]) throws -> [String] {
    try folders.flatMap { folder in
      try sources(under: folder).filter { $0.scanner.tokens.contains { $0.name == name && $0.isCall } }
        .map { folder + "/" + $0.path }
    }
  }

  private static let allSources = ["Sources/EgovarchKit", "Sources/egovarch", "Sources/EgovarchFuzzSupport"]

  @Test func graphScheduleAndAssessmentsAreBuiltOnlyByTheAnalysis() throws {
    for name in ["ComponentGraph", "RoadmapSchedule", "IndicatorAssessment"] {
      let callers = try Self.callers(of: name, in: Self.allSources)
      #expect(callers == ["Sources/EgovarchKit/Analysis/Analysis.swift"], "\(name) is built by \(callers)")
    }
  }

  @Test func theAnalysisIsBuiltByTheValidatorAndTheCompatibilityInitialisersOnly() throws {
    let callers = try Self.callers(of: "Analysis", in: Self.allSources)
    // The validator's `analyse`; the others are the initialisers that take a model instead of
    // an analysis, kept for callers that have no validation (tests, other tools).
    #expect(
      callers == [
        "Sources/EgovarchKit/Diagrams/DependencyDiagram.swift", "Sources/EgovarchKit/Diagrams/RoadmapDiagram.swift",
        "Sources/EgovarchKit/Gaps/GapReport.swift", "Sources/EgovarchKit/Rules/RuleContext.swift",
        "Sources/EgovarchKit/Validation/ArchitectureValidator.swift",
      ])
  }

  @Test func theCommandsAndTheFuzzerReadTheValidatorsAnalysis() throws {
    // Each gap report and diagram they make is given an analysis, never a model to analyse again.
    for folder in ["Sources/egovarch", "Sources/EgovarchFuzzSupport"] {
      for (path, scanner) in try Self.sources(under: folder) {
        let tokens = scanner.tokens
        for (offset, token) in tokens.enumerated()
        where token.isCall && ["GapReport", "RoadmapDiagram", "DependencyDiagram"].contains(token.name) {
          let labels = tokens[(offset + 1)...].prefix(4).map(\.name)
          #expect(labels.contains("analysis"), "\(folder)/\(path):\(token.line): \(token.name) without an analysis")
        }
      }
    }
  }

  @Test func theValidationCarriesTheAnalysisItsRulesRead() throws {
    let url = PackageRoot.url.appendingPathComponent("models/lai-chau-2.0-draft.xml")
    let options = ValidationOptions(today: CalendarDate(parsing: "2024-06-30")!)
    let validation = try ArchitectureValidator(options: options).validate(fileAt: url.path)
    let analysis = try #require(validation.analysis)
    #expect(validation.architecture == analysis.architecture)
    #expect(analysis.framework?.id == "2.0")
    #expect(analysis.asOf == options.asOf(for: analysis.architecture))
    #expect(analysis.graph.components.count == analysis.architecture.components.count)
    #expect(analysis.indicatorAssessments.count == analysis.architecture.indicators.filter { $0.target != nil }.count)
    // The first delivery by component index agrees with the schedule's tasks.
    for (index, component) in analysis.graph.components.enumerated() {
      let delivering = analysis.schedule.phases.first { phase in
        phase.phase.tasks.contains { $0.component == component.id && $0.status != .cancelled && $0.action.delivers }
      }
      #expect(analysis.firstDelivery(ofComponentAt: index)?.index == delivering?.index, "\(component.id)")
    }
  }

  @Test func readingTheAnalysisGivesTheSameReportsAsAnalysingAgain() throws {
    for url in PackageRoot.models {
      let validation = try ArchitectureValidator().validate(fileAt: url.path)
      guard let analysis = validation.analysis else { continue }
      let model = analysis.architecture
      let framework = analysis.framework
      for language in Language.allCases {
        let fresh = GapReport(validation: validation, architecture: model, framework: framework, asOf: analysis.asOf)
        let shared = GapReport(validation: validation, analysis: analysis)
        for format in GapReportFormat.allCases {
          #expect(format.render(shared, language: language) == format.render(fresh, language: language))
        }
        #expect(
          RoadmapDiagram(analysis: analysis, findings: validation.findings, language: language).render()
            == RoadmapDiagram(
              architecture: model, framework: framework, findings: validation.findings, language: language
            )
            .render())
        #expect(
          DependencyDiagram(analysis: analysis, language: language).render()
            == DependencyDiagram(architecture: model, framework: framework, language: language).render())
      }
    }
  }
}
