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

  @Option(
    help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: OutputFormat = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write --format's report to FILE instead of standard output, or, as FORMAT=FILE (repeatable), one more report in FORMAT; each file is written atomically, and none when the run fails (exit 2).",
      valueName: "file|format=file"))
  var output: [String] = []

  @Option(
    name: .customLong("fail-on"),
    help: "Lowest severity that fails the run: error, warning, note or never (default: error).")
  var failOn: FailureThreshold?

  @OptionGroup var asOfOption: AsOfOption

  @OptionGroup var settingsOptions: SettingsOptions

  @Option(help: "Colour the text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Option(help: "Count only findings that are not in this baseline file; see --baseline-mode for the others.")
  var baseline: String?

  @Option(
    name: .customLong("baseline-mode"),
    help: ArgumentHelp(
      "What --baseline does with the findings it knows: filter (leave them out, the default) "
        + "or mark (keep them, marked unchanged; the others new)."))
  var baselineMode: BaselineMode?

  @Option(name: .customLong("write-baseline"), help: "Record the current findings in this baseline file.")
  var writeBaseline: String?

  @Option(help: "Files validated at once (default: the number of processors).")
  var jobs: Int?

  @OptionGroup var baseDirectoryOption: BaseDirectoryOption

  @Option(help: "SARIF: the analysis's category, as GitHub's upload step names it (automationDetails.id).")
  var category: String?

  @Option(
    name: .customLong("help-uri-base"),
    help: "SARIF: the URI of docs/rules.md (each rule's helpUri adds its anchor) or of a directory ending in '/'.")
  var helpURIBase: String?

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one model file or directory") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if baselineMode != nil && baseline == nil { throw ValidationError("--baseline-mode needs --baseline") }
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
    let baseDirectory = try baseDirectoryOption.resolved(workingDirectory: workingDirectory)
    var collector = ModelPathCollector()
    if !settings.excludedPaths.isEmpty {
      collector.excludes = { settings.excludes($0, currentDirectory: workingDirectory) }
    }
    for path in paths { collector.add(path) }
    for note in collector.notes { printToStandardError("egovarch: note: \(note)") }
    let outputs = try ReportOutputs(output, format: format)
    try checkOutputs(outputs, against: collector.files, settings: settings)
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
    // Named from the base directory by every format; the baseline names them from here.
    var report = ValidationReport(files: outcomes).resolvingPaths(from: workingDirectory)
    // A run that fails writes no file: a CI step never publishes a partial report or baseline.
    // The files are written together at the end, all or none.
    var files: [(path: String, bytes: Data)] = []
    if let writeBaseline, failures.isEmpty {
      let recorded = Baseline(recording: report, baseDirectory: workingDirectory)
      files.append((writeBaseline, Data(recorded.serialized().utf8)))
    }
    if let baseline, let knownFindings {
      let mode = baselineMode ?? .filter
      let compared = knownFindings.apply(to: report, mode: mode, baseDirectory: workingDirectory)
      report = compared.report
      let known =
        (compared.known == 1 ? "1 known finding" : "\(compared.known) known findings")
        + " of the baseline '\(baseline.terminalSafe)'"
      if compared.known > 0 || mode == .mark {
        printToStandardError("egovarch: \(mode == .mark ? "marking \(known) as unchanged" : "not reporting \(known)")")
      }
      if knownFindings.version < Baseline.formatVersion {
        printToStandardError(
          "egovarch: note: the baseline '\(baseline.terminalSafe)' is of version \(knownFindings.version), "
            + "matched by message: a new as-of date or a reworded message makes its findings new; "
            + "--write-baseline writes version \(Baseline.formatVersion)")
      }
    }
    if !outcomes.isEmpty || failures.isEmpty {
      let language = settingsOptions.language
      var reporterSettings = ReporterSettings(
        language: language, toolVersion: EgovarchVersion.current, baseDirectory: baseDirectory,
        failOn: settings.failOn, helpURI: settings.helpURI, category: category)
      if failures.isEmpty {
        for file in outputs.files {
          files.append((file.path, Data(file.format.reporter(reporterSettings).render(report).utf8)))
        }
      }
      if outputs.toStandardOutput {
        reporterSettings.colored = color.isEnabled(forStandardOutput: ())
        try StandardOutput.write(format.reporter(reporterSettings).render(report))
      }
    }
    if failures.isEmpty && !files.isEmpty { try AtomicFile.write(files) }
    if !failures.isEmpty {
      let written = outputs.files.map { ($0.option, $0.path) } + [("--write-baseline", writeBaseline)]
      for (option, path) in written {
        guard let path else { continue }
        printToStandardError("egovarch: note: \(option): not writing '\(path.terminalSafe)' because the run failed")
      }
      for failure in failures.dropLast() { printToStandardError("egovarch: error: \(failure)") }
      throw CommandFailure(message: failures.last!)
    }
    if settings.failOn.isReached(by: report.findings) { throw ExitCode(1) }
  }

  /// Refuses an output or baseline file that is one of the models, or another file this run
  /// reads or writes: the baseline, the configuration, a framework file, another output.
  private func checkOutputs(_ outputs: ReportOutputs, against models: [String], settings: EffectiveSettings) throws {
    let written =
      outputs.files.map { ($0.option, $0.path) } + [writeBaseline].compactMap { $0 }.map { ("--write-baseline", $0) }
    for (option, path) in written {
      if let model = models.first(where: { AtomicFile.sameFile(path, $0) }) {
        throw CommandFailure(message: "\(option): refusing to write over the model file '\(model)'")
      }
    }
    let inputs = [baseline, settings.configurationPath, settings.framework?.filePath].compactMap { $0 }
    for (index, (option, path)) in written.enumerated() {
      let others = written[(index + 1)...].map(\.1) + inputs
      if let other = others.first(where: { AtomicFile.sameFile(path, $0) }) {
        throw CommandFailure(message: "\(option): refusing to write over '\(other)', which this run also uses")
      }
    }
  }
}
