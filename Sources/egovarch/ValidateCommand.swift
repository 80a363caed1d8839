import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch validate PATH...`: checks models and prints the findings.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check architecture models: XML, schema, references, cycles and the roadmap.",
    discussion: """
      PATH is a model file or a directory, searched recursively for *.xml.
      \(SettingsOptions.configurationDiscussion)
      Exit status: 0 nothing reaches --fail-on; 1 something does; 2 the command could not run.
      """
  )

  @Argument(help: "Model files or directories.")
  var paths: [String]

  @Option(help: "Output format: text, json, sarif, junit or github.")
  var format: OutputFormat = .text

  @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of standard output.")
  var output: String?

  @Option(
    name: .customLong("fail-on"),
    help: "Lowest severity that fails the run: error, warning, note or never (default: error).")
  var failOn: FailureThreshold?

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var settingsOptions: SettingsOptions

  @Option(help: "Colour the text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(help: "Report and count only findings that are not in this baseline file.")
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: "Record the current findings in this baseline file.")
  var writeBaseline: String?

  @Option(help: "Files validated at once (default: the number of processors).")
  var jobs: Int?

  @Option(help: "SARIF: the analysis's category, as GitHub's upload step names it (automationDetails.id).")
  var category: String?

  @Option(
    name: .customLong("help-uri-base"),
    help: "SARIF: the URI of docs/rules.md (each rule's helpUri adds its anchor) or of a directory ending in '/'.")
  var helpURIBase: String?

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one model file or directory") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if category?.isEmpty == true { throw ValidationError("--category cannot be empty") }
    if let helpURIBase, let problem = RuleHelpURI.problem(with: helpURIBase) {
      throw ValidationError("--help-uri-base \(problem)")
    }
  }

  func run() throws {
    let workingDirectory = FileManager.default.currentDirectoryPath
    let settings = try settingsOptions.settings(
      asOf: asOfOption.asOf, failOn: failOn, helpURI: helpURIBase.flatMap(RuleHelpURI.init),
      workingDirectory: workingDirectory)
    var collector = ModelPathCollector()
    if !settings.excludedPaths.isEmpty {
      collector.excludes = { settings.excludes($0, currentDirectory: workingDirectory) }
    }
    for path in paths { collector.add(path) }
    for note in collector.notes { printToStandardError("egovarch: note: \(note)") }
    try checkOutputs(against: collector.files, settings: settings)
    // Read before anything is validated or written: a bad baseline fails the run at once.
    let knownFindings = try baseline.map { try BaselineFile.read($0) }
    let chosenFramework = try settings.framework.map { try FrameworkOption.resolve($0) }
    let validator = ArchitectureValidator(options: settings.validationOptions(framework: chosenFramework))
    var outcomes: [FileValidation] = []
    var failures = collector.failures
    for outcome in validator.validate(
      filesAt: collector.files, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    {
      switch outcome {
      case .success(let validation): outcomes.append(validation)
      case .failure(let error): failures.append(error.description)
      }
    }
    var report = ValidationReport(files: outcomes)
    // A run that fails writes no file: a CI step never publishes a partial report or baseline.
    if let writeBaseline, failures.isEmpty {
      let recorded = Baseline(recording: report, baseDirectory: workingDirectory)
      try AtomicFile.write(Data(recorded.serialized().utf8), to: writeBaseline)
    }
    if let baseline, let knownFindings {
      let filtered = knownFindings.filter(report, baseDirectory: workingDirectory)
      report = filtered.report
      if filtered.known > 0 {
        printToStandardError(
          "egovarch: not reporting \(filtered.known == 1 ? "1 known finding" : "\(filtered.known) known findings") "
            + "of the baseline '\(baseline)'")
      }
    }
    if !outcomes.isEmpty || failures.isEmpty {
      let language = settingsOptions.language
      let reporterSettings = ReporterSettings(
        language: language, colored: output == nil && color.isEnabled(forStandardOutput: ()),
        toolVersion: EgovarchVersion.current, baseDirectory: workingDirectory, failOn: settings.failOn,
        helpURI: settings.helpURI, category: category)
      let text = format.reporter(reporterSettings).render(report)
      if let output {
        if failures.isEmpty { try AtomicFile.write(Data(text.utf8), to: output) }
      } else {
        try StandardOutput.write(text)
      }
    }
    if !failures.isEmpty {
      for (option, path) in [("--output", output), ("--write-baseline", writeBaseline)] {
        guard let path else { continue }
        printToStandardError("egovarch: note: \(option): not writing '\(path.terminalSafe)' because the run failed")
      }
      for failure in failures.dropLast() { printToStandardError("egovarch: error: \(failure)") }
      throw CommandFailure(message: failures.last!)
    }
    if settings.failOn.isReached(by: report.findings) { throw ExitCode(1) }
  }

  /// Refuses an output or baseline file that is one of the models, or another file this run
  /// reads or writes: the baseline, the configuration, a framework file, the other output.
  private func checkOutputs(against models: [String], settings: EffectiveSettings) throws {
    for (option, path) in [("--output", output), ("--write-baseline", writeBaseline)] {
      guard let path else { continue }
      if let model = models.first(where: { AtomicFile.sameFile(path, $0) }) {
        throw CommandFailure(message: "\(option): refusing to write over the model file '\(model)'")
      }
    }
    let inputs = [baseline, settings.configurationPath, settings.framework?.filePath].compactMap { $0 }
    if let output,
      let other = ([writeBaseline].compactMap { $0 } + inputs).first(where: { AtomicFile.sameFile(output, $0) })
    {
      throw CommandFailure(message: "--output: refusing to write over '\(other)', which this run also uses")
    }
    if let writeBaseline, let other = inputs.first(where: { AtomicFile.sameFile(writeBaseline, $0) }) {
      throw CommandFailure(
        message: "--write-baseline: refusing to write over '\(other)', which this run also uses")
    }
  }
}
