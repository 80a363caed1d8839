import EgovarchKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a diagram goes: standard output, or a file written atomically.
struct DiagramOutput {
  /// The `-o` file, if given.
  var path: String?
  /// The model file, which is never overwritten.
  var modelPath: String
  /// The framework file of `--framework` or of the configuration (not a built-in framework):
  /// never overwritten either.
  var frameworkFile: String?
  /// The configuration file the command read: never overwritten either.
  var configurationFile: String?

  /// Where the output of a command run with `settings` goes.
  init(path: String?, modelPath: String, settings: EffectiveSettings) {
    self.path = path
    self.modelPath = modelPath
    self.frameworkFile = settings.framework?.filePath
    self.configurationFile = settings.configurationPath
  }

  /// Checks that the output file is neither the model file, the framework file nor the
  /// configuration file.
  /// - Throws: `CommandFailure` when it is.
  func check() throws {
    guard let path else { return }
    if AtomicFile.sameFile(path, modelPath) {
      throw CommandFailure(message: "refusing to write the diagram over the model file '\(modelPath)'")
    }
    if let frameworkFile, AtomicFile.sameFile(path, frameworkFile) {
      throw CommandFailure(message: "refusing to write the diagram over the framework file '\(frameworkFile)'")
    }
    if let configurationFile, AtomicFile.sameFile(path, configurationFile) {
      throw CommandFailure(
        message: "refusing to write the diagram over the configuration file '\(configurationFile)'")
    }
  }

  /// Writes `bytes`; binary output is never written to a terminal.
  /// - Throws: `CommandFailure` when the output cannot be written.
  func write(_ bytes: Data, format: DiagramFormat) throws {
    try check()
    guard let path else {
      if format.isBinary, isatty(STDOUT_FILENO) == 1 {
        throw CommandFailure(
          message: "refusing to write \(format.rawValue) to a terminal: use -o FILE or redirect the output")
      }
      try StandardOutput.write(bytes)
      return
    }
    try AtomicFile.write(bytes, to: path)
  }

  /// Writes `diagram` here as DOT, or rendered by Graphviz (within `timeout` seconds a run).
  ///
  /// With a `slide`, each of the diagram's grid candidates is laid out (`Graphviz.measure`)
  /// and fitted to it (`SlideFit`: centred, with margins that give the output the slide's
  /// shape); the one drawn largest is rendered. When its smallest text would come out below
  /// `SlideSize.minimumTextSize`, a warning with the diagram's advice says so, in `language`,
  /// and the diagram is written all the same. `dpi` sets the pixels an inch of PNG output
  /// (`--dpi`); without it a slide's `SlideSize.defaultPixelsPerInch` does.
  func emit(
    _ diagram: some GridDiagram, format: DiagramFormat, timeout: Double, slide: SlideSize? = nil, dpi: Int? = nil,
    language: Language = .english
  ) throws {
    try check()
    guard format != .dot else {
      try write(Data(diagram.render(grid: nil).utf8), format: format)
      return
    }
    var source = diagram.render(grid: nil)
    var arguments: [String] = []
    var layout = 0
    if let slide {
      var best: (source: String, fit: SlideFit, layout: Int)?
      var tried: Set<String> = []
      for size in [nil] + diagram.gridCandidates().map(Optional.some) {
        let candidate = diagram.render(grid: size)
        guard tried.insert(candidate).inserted else { continue }
        let measured = try Graphviz.measure(candidate, for: format, timeout: timeout)
        let fit = SlideFit(
          slide: slide, width: measured.width, height: measured.height,
          smallestFontSize: type(of: diagram).fontSize)
        if best == nil || fit.scale > best!.fit.scale * 1.01 { best = (candidate, fit, measured.layout) }
      }
      if let best {
        source = best.source
        layout = best.layout
        if !best.fit.isLegible {
          let warning = best.fit.warning(advice: type(of: diagram).slideAdvice)
          printToStandardError("egovarch: warning: " + warning.text(in: language))
        }
        arguments += best.fit.graphAttributes.map { "-G\($0.0)=\($0.1)" }
      }
    }
    if format == .png, let pixels = dpi ?? slide.map({ Int($0.defaultPixelsPerInch) }) {
      arguments.append("-Gdpi=\(pixels)")
    } else if dpi != nil, format != .png {
      printToStandardError("egovarch: note: --dpi applies to png output only; \(format.rawValue) is not in pixels")
    }
    let bytes = try Graphviz.render(source, format: format, timeout: timeout, arguments: arguments, firstLayout: layout)
    try write(bytes, format: format)
  }
}
