import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// Validating many files on several threads gives the same outcomes, in the same order, as
/// validating them one by one.
@Suite struct ParallelValidationTests {
  private func summary(_ outcomes: [Result<FileValidation, ModelFileError>]) -> [String] {
    outcomes.map { outcome in
      switch outcome {
      case .success(let validation):
        return validation.path + " " + validation.findings.map { "\($0.location) \($0.ruleID)" }.joined(separator: ",")
      case .failure(let error):
        return "failed: \(error)"
      }
    }
  }

  @Test func outcomesDoNotDependOnTheNumberOfJobs() {
    let models = PackageRoot.models.map(\.path)
    #expect(models.count >= 5)
    let paths = Array(repeating: models, count: 8).flatMap { $0 } + ["/nonexistent/model.xml"]
    let validator = ArchitectureValidator(
      options: ValidationOptions(today: CalendarDate(year: 2025, month: 1, day: 1)!))
    let sequential = validator.validate(filesAt: paths, jobs: 1)
    let parallel = validator.validate(filesAt: paths, jobs: 4)
    #expect(sequential.count == paths.count)
    #expect(summary(sequential) == summary(parallel))
    #expect(summary(parallel).last == "failed: no such file or directory: '/nonexistent/model.xml'")
    #expect(summary(parallel).contains { $0.contains("roadmap/") })
  }

  @Test func modelsAreDroppedUnlessKept() throws {
    let path = try #require(PackageRoot.models.first).path
    let validator = ArchitectureValidator()
    let dropped = try validator.validate(filesAt: [path], jobs: 2)[0].get()
    let kept = try validator.validate(filesAt: [path], jobs: 2, keepingModels: true)[0].get()
    #expect(dropped.architecture == nil)
    #expect(kept.architecture != nil)
  }
}
