import Testing

/// The `egovarch` commands that write a file, for `OutputSafetyTests`.
enum OutputCommand: String, CaseIterable, CustomTestStringConvertible {
  case validateOutput = "validate -o"
  case validateBaseline = "validate --write-baseline"
  case roadmap = "roadmap -o"
  case graph = "graph -o"
  case timeline = "timeline -o"
  case report = "report -o"

  /// The arguments that write `output` from `model`, with the options `extra`.
  func arguments(model: String, output: String, extra: [String] = []) -> [String] {
    switch self {
    case .validateOutput: ["validate", "--format", "sarif", "-o", output] + extra + [model]
    case .validateBaseline: ["validate", "--write-baseline", output] + extra + [model]
    case .roadmap: ["roadmap", model, "-o", output] + extra
    case .graph: ["graph", model, "-o", output] + extra
    case .timeline: ["timeline", model, "-o", output] + extra
    case .report: ["report", model, "-o", output] + extra
    }
  }

  var testDescription: String { rawValue }
}
