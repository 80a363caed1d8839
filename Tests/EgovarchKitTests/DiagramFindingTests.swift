import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// Every finding the gap report lists is marked in the diagrams, for every bundled model and
/// province fixture, in both languages: overdue tasks and roadmap conflicts as a "⚠" note on
/// their task (or phase, or in the footnote), missing required components as ghost nodes,
/// missing links as dashed red edges, bypasses and cycles on their edges, references to ids
/// the model lacks as red stubs.
///
/// Where each finding belongs is worked out here from the model, not asked of the diagram.
@Suite struct DiagramFindingTests {
  /// A model's validation, analysis and gap report.
  private struct Validated {
    var validation: FileValidation
    var analysis: Analysis
    var gaps: GapReport
  }

  private func validated(_ url: URL) throws -> Validated {
    let validation = try ArchitectureValidator().validate(fileAt: url.path)
    let analysis = try #require(validation.analysis, "\(url.lastPathComponent) is not a usable model")
    return Validated(
      validation: validation, analysis: analysis, gaps: GapReport(validation: validation, analysis: analysis))
  }

  /// The id of the node of each task, by the task's element.
  private func taskNodes(_ analysis: Analysis) -> [SourcePosition: String] {
    var nodes: [SourcePosition: String] = [:]
    for phase in analysis.schedule.phases {
      for (offset, task) in phase.phase.tasks.enumerated() {
        nodes[task.position] = "task:\(phase.index + 1).\(offset + 1)"
      }
    }
    return nodes
  }

  /// The node of the task that first delivers `component` (cancelled tasks aside), else of the
  /// first task naming it.
  private func deliveringTask(_ component: String, in analysis: Analysis) -> String? {
    var named: String?
    for phase in analysis.schedule.phases {
      for (offset, task) in phase.phase.tasks.enumerated()
      where task.status != .cancelled && task.component == component {
        let id = "task:\(phase.index + 1).\(offset + 1)"
        if task.action.delivers { return id }
        if named == nil { named = id }
      }
    }
    return named
  }

  /// The node each roadmap finding is expected on, with the findings there.
  private func expectedPlaces(_ model: Validated) -> [String: [Finding]] {
    let listed = model.gaps.phases.flatMap(\.overdue) + model.gaps.conflicts
    let others = model.validation.findings.filter { !$0.isSuppressed && $0.ruleID.hasPrefix("roadmap/") }
    var seen: Set<Finding> = []
    let findings = (listed + others).filter { seen.insert($0).inserted }
    let tasks = taskNodes(model.analysis)
    var phases: [SourcePosition: String] = [:]
    for phase in model.analysis.schedule.phases { phases[phase.phase.position] = "phase:\(phase.index + 1)" }
    var places: [String: [Finding]] = [:]
    for finding in findings {
      let place =
        tasks[finding.location.position]
        ?? finding.component.flatMap { deliveringTask($0, in: model.analysis) }
        ?? phases[finding.location.position] ?? "footnote"
      places[place, default: []].append(finding)
    }
    return places
  }

  @Test(arguments: DiagramTests.everyModel)
  func everyRoadmapFindingIsNotedOnItsTask(model url: URL) throws {
    let model = try validated(url)
    let places = expectedPlaces(model)
    let name = url.lastPathComponent
    for language in Language.allCases {
      let text = RoadmapDiagram(analysis: model.analysis, findings: model.validation.findings, language: language)
        .render()
      for (place, findings) in places {
        let label = try #require(DiagramTests.label(of: place, in: text), "\(name): no node \(place)")
        if place == "footnote" {
          for finding in findings { #expect(label.contains("[\(finding.ruleID)]"), "\(name): \(finding.ruleID)") }
          continue
        }
        let notes = label.components(separatedBy: "⚠").count - 1
        #expect(
          notes == findings.count, "\(name) (\(language)): \(place) has \(notes) notes for \(findings.count) findings")
        if place.hasPrefix("task:") {
          let line = try #require(DiagramTests.nodeLine(place, in: text))
          #expect(
            line.contains("color=\"#c00000\", penwidth=\"2.5\"")
              || line.contains("color=\"#b45f06\", penwidth=\"2.5\""),
            "\(name): \(place) is not outlined: \(line)")
        }
        if findings.contains(where: { $0.ruleID == "roadmap/overdue" }) {
          #expect(label.contains("⚠ " + (language == .english ? "overdue" : "quá hạn")), "\(name): \(place)")
        }
      }
      // No other task or phase carries a note.
      let noted = text.split(separator: "\n").filter { line in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.contains("⚠") && !trimmed.hasPrefix("\"legend:") && !trimmed.hasPrefix("\"footnote\"")
      }
      #expect(noted.count == places.keys.filter { $0 != "footnote" }.count, "\(name): \(noted)")
      for missing in model.gaps.missingComponents {
        #expect(DiagramTests.nodeLine("gap:" + missing.kind, in: text) != nil, "\(name): no gap for \(missing.kind)")
      }
    }
  }

  @Test func laiChauShowsItsFourOverdueTasksAndItsUnknownComponent() throws {
    let url = PackageRoot.modelsFolder.appendingPathComponent("lai-chau-2.0-draft.xml")
    let model = try validated(url)
    let text = RoadmapDiagram(analysis: model.analysis, findings: model.validation.findings, language: .english)
      .render()
      .replacing("\\n", with: " ")
    #expect(text.components(separatedBy: "⚠ overdue").count - 1 == 4, "\(text)")
    #expect(text.contains("⚠ not in the model: 'workstations'"), "\(text)")
  }

  @Test(arguments: DiagramTests.everyModel)
  func everyGraphFindingIsMarked(model url: URL) throws {
    let model = try validated(url)
    let name = url.lastPathComponent
    let findings = model.validation.findings.filter { !$0.isSuppressed }
    for language in Language.allCases {
      let text = DependencyDiagram(analysis: model.analysis, findings: model.validation.findings, language: language)
        .render()
      let edges = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        $0.contains(" -> ")
      }
      for missing in model.gaps.missingComponents {
        let line = try #require(DiagramTests.nodeLine("missing:" + missing.kind, in: text), "\(name): \(missing.kind)")
        #expect(line.contains("style=\"rounded,dashed\", color=\"#c00000\""), "\(name): \(line)")
      }
      var missingLinks: [String: Int] = [:]
      for finding in model.gaps.missingLinks { missingLinks[finding.component ?? "", default: 0] += 1 }
      for (component, count) in missingLinks {
        let red = edges.filter {
          $0.hasPrefix(DOTWriter.quoted("component:" + component) + " -> ") && $0.contains("style=\"dashed\"")
            && $0.contains("color=\"#c00000\"")
        }
        #expect(red.count >= count, "\(name): \(component) lacks \(count) links, \(red.count) drawn")
      }
      let bypass = language == .english ? "⚠ bypass" : "⚠ bỏ qua nền tảng"
      for finding in model.gaps.bypassingLinks {
        let component = try #require(finding.component)
        let target = try #require(finding.related.first)
        let edge = DOTWriter.quoted("component:" + component) + " -> " + DOTWriter.quoted(target)
        #expect(edges.contains { $0.hasPrefix(edge) && $0.contains("xlabel=\"\(bypass)\"") }, "\(name): \(edge)")
      }
      for finding in findings where finding.ruleID == "model/unresolved-reference" {
        guard let component = finding.component, let id = finding.related.first else { continue }
        let stub = "unresolved:\(component):\(id)"
        let line = try #require(DiagramTests.nodeLine(stub, in: text), "\(name): no stub for \(id)")
        #expect(line.contains("'\(id)'"), "\(name): \(line)")
        let edge = DOTWriter.quoted("component:" + component) + " -> " + DOTWriter.quoted(stub)
        #expect(edges.contains { $0.hasPrefix(edge) && $0.contains("#c00000") }, "\(name): \(edge)")
      }
      for finding in findings where finding.ruleID == "graph/cycle" {
        let ids = [finding.component ?? ""] + finding.related
        for (tail, head) in zip(ids, ids.dropFirst() + ids.prefix(1)) {
          let edge = DOTWriter.quoted("component:" + tail) + " -> " + DOTWriter.quoted("component:" + head)
          #expect(edges.contains { $0.hasPrefix(edge) && $0.contains("#c00000") }, "\(name): \(edge)")
        }
      }
    }
  }

  @Test func sonLaPlannedLinkIsDashedWithItsDate() throws {
    let url = PackageRoot.modelsFolder.appendingPathComponent("son-la-2025-plan.xml")
    let model = try validated(url)
    let text = DependencyDiagram(analysis: model.analysis, findings: model.validation.findings, language: .english)
      .render()
    let edge = try #require(
      text.split(separator: "\n").first {
        $0.contains(#""component:reporting-system" -> "national:government-reporting-system""#)
      })
    // Planned for 31 December 2025 and required: dashed, dated, and red as the missing link it still is.
    #expect(edge.contains("style=\"dashed\""), "\(edge)")
    #expect(edge.contains("taillabel=\"from 31 December 2025\""), "\(edge)")
    #expect(edge.contains("color=\"#c00000\""), "\(edge)")
  }

  @Test func theLegendNamesTheFillsAndMarksTheGraphUses() throws {
    let url = PackageRoot.modelsFolder.appendingPathComponent("lai-chau-2.0-draft.xml")
    let model = try validated(url)
    let text = DependencyDiagram(analysis: model.analysis, findings: model.validation.findings, language: .vietnamese)
      .render()
    for (id, label) in [
      ("legend:existing", "đã có"), ("legend:in-progress", "đang triển khai"), ("legend:national", "hệ thống quốc gia"),
      ("legend:unresolved", "tham chiếu tới mã không có trong mô hình"),
    ] {
      #expect(DiagramTests.label(of: id, in: text) == label, "\(id)")
    }
    #expect(DiagramTests.nodeLine("legend:cycle:to", in: text) == nil, "no cycle, no cycle in the legend")
  }
}
