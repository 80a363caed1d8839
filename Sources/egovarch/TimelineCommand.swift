import ArgumentParser
import EgovarchKit
import Foundation

/// `egovarch timeline MODEL`: the roadmap as a timeline (a Gantt chart) in SVG, PNG or PDF.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Draw the roadmap as a timeline: phases at their years, a bar per task by status, findings marked.",
    discussion: """
      Prints SVG drawn by egovarch itself (no Graphviz) for a 16:9 slide of
      1920 by 1080 pixels (--size picks another slide or page; text stays at
      14 pixels or more at 144 pixels an inch, 7 points on the slide, or at the
      box's own pixels); --format png or pdf converts it with librsvg's
      'rsvg-convert' (apt-get install librsvg2-bin). Overdue tasks, roadmap
      conflicts and other findings about a task are marked on its bar and
      numbered in a footnote; an indicator's missed or unreported deadline
      is marked on the axis. With more tasks than fit one slide the drawing
      grows taller (a note says so): --phase draws some phases only.
      \(SettingsOptions.modelCommandDiscussion)
      Exit status: 0 when the diagram was made, 1 when the model cannot be read as a model
      (its XML findings are printed), 2 when the command could not run.
      """
  )

  @Argument(help: "The model file.")
  var model: String

  @Option(help: "Output format: svg, png or pdf.")
  var format: TimelineFormat = .svg

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "The diagram's title (default: the province's roadmap timeline).")
  var title: String?

  @Option(name: .customLong("phase"), help: "Draw only the phase with this number (repeat for more).")
  var phases: [Int] = []

  @OptionGroup var slide: SlideOptions

  @OptionGroup var settingsOptions: SettingsOptions

  @OptionGroup var asOfOption: AsOfOption

  func run() throws {
    let language = settingsOptions.language
    let settings = try settingsOptions.settings(asOf: asOfOption.asOf)
    let destination = DiagramOutput(path: output, modelPath: model, settings: settings)
    try destination.check()
    let input = try ModelInput(path: model, settings: settings, language: language)
    let numbers = input.analysis.schedule.phases.map(\.phase.number)
    let unknown = phases.filter { !numbers.contains($0) }
    if !unknown.isEmpty {
      let known = numbers.isEmpty ? "it has none" : "its phases: " + numbers.map(String.init).joined(separator: ", ")
      throw CommandFailure(
        message: "the roadmap has no phase \(unknown.map(String.init).joined(separator: ", ")) (\(known))")
    }
    // The drawing's box: the slide at its default pixels an inch (a 16:9 slide is 1920 × 1080,
    // as without --size; a box given in pixels is those pixels).
    let box = slide.size ?? .widescreen
    let pixelsPerInch = box.defaultPixelsPerInch
    let diagram = TimelineDiagram(
      analysis: input.analysis, findings: input.validation.findings, language: language, title: title,
      width: (box.width * pixelsPerInch).rounded(), height: (box.height * pixelsPerInch).rounded(),
      phaseNumbers: Set(phases))
    let drawing = diagram.drawing()
    if !drawing.fitsBox {
      let box = "\(Int(diagram.width))×\(Int(diagram.height))"
      let shown = phases.isEmpty ? numbers.count : Set(phases).count
      printToStandardError(
        "egovarch: note: the timeline does not fit one \(box) slide with text of "
          + "\(Int(TimelineDiagram.smallestTextSize)) px or more: it is \(Int(drawing.height)) px high"
          + (shown > 1 ? "; draw it a phase at a time with --phase NUMBER" : ""))
    }
    let bytes: Data
    switch format {
    case .svg: bytes = Data(drawing.svg.utf8)
    case .png:
      // --dpi scales the picture; its height follows the drawing's (taller when it grew).
      let width = slide.dpi.map { String(Int((box.width * Double($0)).rounded())) }
      bytes = try SVGConverter.convert(
        drawing.svg, to: .png, arguments: width.map { ["--width", $0, "--keep-aspect-ratio"] } ?? [])
    case .pdf:
      // A page of the slide's size: the drawing's pixels at the box's pixels an inch.
      let dpi = String(Int(pixelsPerInch))
      bytes = try SVGConverter.convert(drawing.svg, to: .pdf, arguments: ["--dpi-x", dpi, "--dpi-y", dpi])
    }
    if slide.dpi != nil, format != .png {
      printToStandardError("egovarch: note: --dpi applies to png output only; \(format.rawValue) is not in pixels")
    }
    try destination.write(bytes, format: format.diagramFormat)
  }
}
